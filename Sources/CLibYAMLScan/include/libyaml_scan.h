#ifndef TALLY_LIBYAML_SCAN_H
#define TALLY_LIBYAML_SCAN_H
/// Parses a YAML file with libyaml's event API and discards the events: the physical
/// limit Tally's loading is measured against. Returns the number of events, or -1 on error.
long tally_libyaml_scan(const char *path);
#endif
