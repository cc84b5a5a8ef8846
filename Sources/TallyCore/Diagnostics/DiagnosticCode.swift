/// The stable code of every diagnostic Tally gives (FORMAT.md section 10): lower-case English
/// words joined by `-`. Each has one entry in `DiagnosticCatalogue`; adding a code means adding
/// a case here and an entry in the catalogue file of its area.
public enum DiagnosticCode: String, Sendable, CaseIterable, Comparable {
    // Reading files and YAML (DiagnosticCatalogue+YAML.swift)
    case notUTF8 = "not-utf8", controlCharacter = "control-character", readError = "read-error"
    case utf16File = "utf16-file", spreadsheetFile = "spreadsheet-file", evidenceFile = "evidence-file", binaryFile = "binary-file"
    case tabIndentation = "tab-indentation", valueNeedsQuotes = "value-needs-quotes", colonInValue = "colon-in-value"
    case badIndentation = "bad-indentation", unclosedValue = "unclosed-value", documentEndMarker = "document-end-marker"
    case missingColon = "missing-colon", invalidYAML = "invalid-yaml", secondDocument = "second-document"
    case anchorInRecords = "anchor-in-records", valueTooLong = "value-too-long", complexKey = "complex-key"
    case mergeKey = "merge-key", duplicateKey = "duplicate-key", undefinedAlias = "undefined-alias"
    case aliasBomb = "alias-bomb", tooDeep = "too-deep", customTag = "custom-tag"
    // Files (DiagnosticCatalogue+Files.swift)
    case fileNotFound = "file-not-found", pathIsFolder = "path-is-folder", unreadableFile = "unreadable-file"
    case brokenLink = "broken-link", emptyProgramme = "empty-programme"
    case emptyRecords = "empty-records", recordsNotAList = "records-not-a-list", tooManyRecords = "too-many-records"
    case tooManyKinds = "too-many-kinds", tooManyFields = "too-many-fields", recordWriteFailed = "record-write-failed", notARecordsFile = "not-a-records-file"
    case recordIntoCSV = "record-into-csv", noRecordsFile = "no-records-file", severalRecordsFiles = "several-records-files"
    case flowListRecords = "flow-list-records", appendNotConfirmed = "append-not-confirmed", noRecordsFileName = "no-records-file-name"
    case newRecordsFolderMissing = "new-records-folder-missing", recordsFolderMissing = "records-folder-missing"
    case recordsGlobMissesFiles = "records-glob-misses-files", recordsFolderEmpty = "records-folder-empty"
    case recordsFolderOtherFiles = "records-folder-other-files", journalFolderNotYet = "journal-folder-not-yet"
    case fileExists = "file-exists", journalNotOneFile = "journal-not-one-file", journalNotInRecords = "journal-not-in-records"
    case changedDuringCheck = "changed-during-check"
    // Values of any key (DiagnosticCatalogue+Values.swift)
    case unknownKey = "unknown-key", missingKey = "missing-key", notAMapping = "not-a-mapping", notAList = "not-a-list"
    case notASingleValue = "not-a-single-value", emptyValue = "empty-value", emptyList = "empty-list"
    case impossibleDate = "impossible-date", notADate = "not-a-date", thousandsSeparator = "thousands-separator"
    case notANumber = "not-a-number", quotedNumber = "quoted-number", notAWholeNumber = "not-a-whole-number"
    case notAPercentage = "not-a-percentage", negativeNumber = "negative-number", notAPeriod = "not-a-period"
    case windowReversed = "window-reversed", notADuration = "not-a-duration", notABoolean = "not-a-boolean"
    case separatorsInText = "separators-in-text"
    // The programme (DiagnosticCatalogue+Programme.swift)
    case unknownLanguage = "unknown-language", duplicateMember = "duplicate-member", badMember = "bad-member"
    case unknownRoster = "unknown-roster", unknownTarget = "unknown-target", noSuchTarget = "no-such-target", memberExemptionWithoutEach = "member-exemption-without-each"
    case unknownMember = "unknown-member", ratingOutOfOrder = "rating-out-of-order", ratingBandWithoutBound = "rating-band-without-bound"
    case unknownActivity = "unknown-activity", badTargetID = "bad-target-id", duplicateTargetID = "duplicate-target-id"
    // Targets (DiagnosticCatalogue+Targets.swift)
    case noMeasure = "no-measure", severalMeasures = "several-measures", duringAndBy = "during-and-by"
    case deadlineBeforeStart = "deadline-before-start", eachNeedsCountOrSum = "each-needs-count-or-sum"
    case sumNeedsBound = "sum-needs-bound", atMostNotAllowed = "at-most-not-allowed", bothBounds = "both-bounds"
    case unknownEvery = "unknown-every", milestonesWithEvery = "milestones-with-every", milestonesWithAtMost = "milestones-with-at-most"
    case attributeThresholdNeedsEach = "attribute-threshold-needs-each", memberMissingAttribute = "member-missing-attribute"
    case percentageForCount = "percentage-for-count", percentageOver100 = "percentage-over-100", shareNeedsPercentage = "share-needs-percentage"
    case milestoneOutsideWindow = "milestone-outside-window", moreThanThereAre = "more-than-there-are", keyDoesNotApply = "key-does-not-apply"
    // Templates: extends and override (DiagnosticCatalogue+Templates.swift)
    case badExtends = "bad-extends", templateCycle = "template-cycle", templatesTooDeep = "templates-too-deep"
    case templateNotFound = "template-not-found", templateTargetDoesNotFit = "template-target-does-not-fit", templateTargetRedefined = "template-target-redefined"
    case unknownOverride = "unknown-override", notOverridable = "not-overridable", overrideWithoutExtends = "override-without-extends"
    case keyNotInTemplate = "key-not-in-template", blockedByTemplate = "blocked-by-template"
    // Records (DiagnosticCatalogue+Records.swift)
    case missingDate = "missing-date", missingActivity = "missing-activity", unknownField = "unknown-field"
    case triggerMissingID = "trigger-missing-id", duplicateID = "duplicate-id", danglingRespondsTo = "dangling-responds-to"
    case unnamedColumn = "unnamed-column", duplicateColumn = "duplicate-column", missingColumn = "missing-column"
    case extraCell = "extra-cell", missingCell = "missing-cell", strayQuote = "stray-quote", unclosedQuote = "unclosed-quote", textAfterQuote = "text-after-quote"
    // Workbooks: .xlsx records (DiagnosticCatalogue+Workbooks.swift)
    case workbookUnreadable = "workbook-unreadable", notAWorkbook = "not-a-workbook", workbookPartMissing = "workbook-part-missing"
    case workbookPartDamaged = "workbook-part-damaged", workbookPartTooLarge = "workbook-part-too-large", noWorksheet = "no-worksheet"
    case unknownSheet = "unknown-sheet", emptySheet = "empty-sheet", noHeaderRow = "no-header-row", dataAboveHeader = "data-above-header"
    case cellOutsideColumns = "cell-outside-columns", spreadsheetErrorValue = "spreadsheet-error-value", unsavedFormula = "unsaved-formula"
    // Conditions in where: and that: (DiagnosticCatalogue+Expressions.swift)
    case unexpectedAfterCondition = "unexpected-after-condition", unclosedText = "unclosed-text", notAnOperator = "not-an-operator"
    case badCharacter = "bad-character", conditionTooComplex = "condition-too-complex", unclosedParenthesis = "unclosed-parenthesis"
    case inNeedsList = "in-needs-list", badList = "bad-list", notANumberOrDate = "not-a-number-or-date", expectedValue = "expected-value"
    // Accounts on the web server (DiagnosticCatalogue+Accounts.swift)
    case signInNeeded = "sign-in-needed", signInFailed = "sign-in-failed", signInThrottled = "sign-in-throttled", formExpired = "form-expired"
    case crossSiteSignIn = "cross-site-sign-in"
    case notYourProgramme = "not-your-programme", readOnlyAccount = "read-only-account", chooseYourUnit = "choose-your-unit", notYourUnit = "not-your-unit"
    case recordingNeedsAccounts = "recording-needs-accounts", usersFileBroken = "users-file-broken", bodyTooLarge = "body-too-large", badRecordBody = "bad-record-body"
    case evidenceEmpty = "evidence-empty", evidenceTooLarge = "evidence-too-large", evidenceNotADocument = "evidence-not-a-document"
    case unusableFieldName = "unusable-field-name", stampField = "stamp-field", fieldGivenTwice = "field-given-twice", recordBlockedByErrors = "record-blocked-by-errors"
    // The users file and `tally user` (DiagnosticCatalogue+Users.swift)
    case badUserName = "bad-user-name", unknownRole = "unknown-role", duplicateAccount = "duplicate-account"
    case duplicateUser = "duplicate-user", unknownUser = "unknown-user", passwordNotAHash = "password-not-a-hash"
    case tokenNotAHash = "token-not-a-hash", inspectorScope = "inspector-scope", boardUnits = "board-units"
    case clerkWithoutProgramme = "clerk-without-programme", clerkWithoutUnit = "clerk-without-unit"
    case weakPassword = "weak-password", noPassword = "no-password", passwordMismatch = "password-mismatch", usersFileNotWritten = "users-file-not-written"

    // A command's own arguments (DiagnosticCatalogue+Arguments.swift)
    case noProgrammesFound = "no-programmes-found", outputNotWritten = "output-not-written", badFieldAssignment = "bad-field-assignment"
    case usersAndDir = "users-and-dir", serveNeedsFolder = "serve-needs-folder", portOutOfRange = "port-out-of-range", badProxyAddress = "bad-proxy-address"
    case hostNotLoopback = "host-not-loopback", unknownCode = "unknown-code", badArguments = "bad-arguments"
    // Addresses and forms of the web server (DiagnosticCatalogue+Pages.swift)
    case noSuchPage = "no-such-page", noSuchProgramme = "no-such-programme", badForm = "bad-form"

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue < rhs.rawValue }
}
