#ifndef TALLY_CYAML_SHIM_H
#define TALLY_CYAML_SHIM_H
#if !__has_include(<yaml.h>)
#error "libyaml headers not found: install the libyaml-dev package (apt-get install -y libyaml-dev)"
#endif
#include <yaml.h>
#endif
