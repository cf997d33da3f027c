/** Generated from openapi/openapi.json by openapi-typescript (npm run openapi at the repository root): do not edit. */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness: the process is up
         * @description No token needed.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness: database reachable and migrations current
         * @description Answers 503 with the reason when the database cannot be reached or migrations are pending.
         *
         *     No token needed.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The principal your bearer token identifies
         * @description Lets an integrator check a token: the subject, council and roles this API reads from it.
         *
         *     Roles: any authenticated member of the council.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The N-th working day after a date
         * @description The Code's "within N working days of D": D never counts; weekends and the division's bank holidays are skipped.
         *
         *     Roles: any authenticated member of the council.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `CALENDAR.INVALID_COUNT`, `CALENDAR.INVALID_DATE`, `CALENDAR.INVALID_INSTANT`, `CALENDAR.OUT_OF_RANGE`, `CALENDAR.UNKNOWN_DIVISION`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getCalendarDeadline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar/working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Working days between two dates
         * @description Roles: any authenticated member of the council.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `CALENDAR.INVALID_DATE`, `CALENDAR.INVALID_RANGE`, `CALENDAR.OUT_OF_RANGE`, `CALENDAR.UNKNOWN_DIVISION`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getCalendarWorkingDays"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The work queue, sorted by next due date; finding cases
         * @description Cases you may see (the complaints team: all; a handler: assigned; intake: logged by you), with filters and cursor pagination. Find a case by `reference`, `crmReference`, the person's `personEmail` or `personPhone`, or words of its summary and names (`q`); mirror changes with `updatedSince` and `sort=updated`. The lines carry no personal data.
         *
         *     Roles: any one of `complaints_team`, `handler`, `intake`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["listComplaints"];
        put?: never;
        /**
         * Log a new complaint or request from any channel
         * @description Returns the case with its reference and deadlines (acknowledgement due). Send an `Idempotency-Key` so that a retry never logs the complaint twice.
         *
         *     Roles: any one of `intake`, `complaints_team`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `CALENDAR.OUT_OF_RANGE`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `IDEMPOTENCY.KEY_REUSED`, `INTAKE.ANONYMOUS_WITH_PERSON`, `INTAKE.PERSON_REQUIRED` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["createComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case: state, deadlines with their basis, flags, links
         * @description Roles: any one of `complaints_team`, `handler`, `intake`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getComplaint"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Amend the person, the representative, adjustments, flags or the matter
         * @description Send only the fields that change (a `null` removes an optional one; `person` merges field by field, `representative` is replaced whole). Recorded as one `amended` event naming each field with its old and new value (shown in the timeline to those who may see the personal data). All or nothing: a 422 names every field and rule broken. The sensitive flag is the complaints team's to change. A patch that changes nothing records nothing.
         *
         *     Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_PAST`, `CASE.INVALID_AMENDMENT`, `CASE.INVALID_DATE`, `INTAKE.ANONYMOUS_WITH_PERSON`, `INTAKE.PERSON_REQUIRED` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        patch: operations["amendComplaint"];
        trace?: never;
    };
    "/v1/complaints/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case's history: every event, who, when, with its data
         * @description Roles: any one of `complaints_team`, `handler`, `intake`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getComplaintTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Triage: complaint, service request or signposted
         * @description Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.ALREADY_TRIAGED`, `CASE.CLOSED`, `CASE.NOT_A_COMPLAINT`, `CASE.POLICY_MISMATCH`, `CASE.PROCESS_ENDED`, `CASE.REFUSED`, `CASE.WITHDRAWN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE`, `CASE.SIGNPOST_DETAILS_REQUIRED` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["triageComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/upgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upgrade a service request to a complaint
         * @description Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.CLOSED`, `CASE.NOT_A_COMPLAINT`, `CASE.NOT_A_SERVICE_REQUEST`, `CASE.POLICY_MISMATCH`, `CASE.PROCESS_ENDED`, `CASE.REFUSED`, `CASE.WITHDRAWN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["upgradeToComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/downgrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Downgrade a complaint to a service request (with the person's agreement)
         * @description Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.ALREADY_RESPONDED`, `CASE.CLOSED`, `CASE.NOT_A_COMPLAINT`, `CASE.NOT_TRIAGED`, `CASE.POLICY_MISMATCH`, `CASE.PROCESS_ENDED`, `CASE.REFUSED`, `CASE.WITHDRAWN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.DOWNGRADE_NEEDS_AGREEMENT`, `CASE.INVALID_DATE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["downgradeToServiceRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge: accept, or refuse under the catalogue
         * @description A refusal names catalogue entries, explains, and records that the person was told of their right to go to the Ombudsman. Late acknowledgements are allowed and recorded late.
         *
         *     Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.ALREADY_ACKNOWLEDGED`, `CASE.CLOSED`, `CASE.NOT_A_COMPLAINT`, `CASE.NOT_TRIAGED`, `CASE.POLICY_MISMATCH`, `CASE.PROCESS_ENDED`, `CASE.REFUSED`, `CASE.WITHDRAWN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE`, `CASE.OMBUDSMAN_RIGHT_REQUIRED`, `CASE.OUTSIDE_TIME_LIMIT_REASON_REQUIRED`, `CASE.REFUSAL_NEEDS_EXCLUSION`, `CASE.REFUSAL_NEEDS_EXPLANATION`, `CASE.UNKNOWN_EXCLUSION` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["acknowledgeComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign (or reassign) the lead service area and handler
         * @description Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.ALREADY_RESPONDED`, `CASE.CLOSED`, `CASE.NOT_A_COMPLAINT`, `CASE.NOT_TRIAGED`, `CASE.POLICY_MISMATCH`, `CASE.PROCESS_ENDED`, `CASE.REFUSED`, `CASE.WITHDRAWN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE`, `STAFF.INACTIVE`, `STAFF.MAY_NOT_HANDLE_STAGE1`, `STAFF.NOT_STAFF` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["assignComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend the current stage's response deadline
         * @description Working days or a new date, with the reason, the date the person was told, and the Ombudsman's details given. Over the policy's cap only with a good reason, then flagged beyond the Code.
         *
         *     Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.ALREADY_RESPONDED`, `CASE.CLOSED`, `CASE.NOT_A_COMPLAINT`, `CASE.NOT_ACKNOWLEDGED`, `CASE.POLICY_MISMATCH`, `CASE.PROCESS_ENDED`, `CASE.REFUSED`, `CASE.WITHDRAWN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.EXTENSION_AMOUNT_REQUIRED`, `CASE.EXTENSION_NEEDS_OMBUDSMAN_DETAILS`, `CASE.EXTENSION_NEEDS_REASON`, `CASE.EXTENSION_NOT_LATER`, `CASE.EXTENSION_OVER_CAP`, `CASE.EXTENSION_REFUSAL_NOT_IN_POLICY`, `CASE.EXTENSION_TOO_LONG`, `CASE.INVALID_DATE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["extendResponseDeadline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause the response clock (where the policy allows)
         * @description Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.ALREADY_PAUSED`, `CASE.ALREADY_RESPONDED`, `CASE.CLOSED`, `CASE.NOT_A_COMPLAINT`, `CASE.NOT_ACKNOWLEDGED`, `CASE.POLICY_MISMATCH`, `CASE.PROCESS_ENDED`, `CASE.REFUSED`, `CASE.WITHDRAWN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE`, `CASE.PAUSE_NOT_ALLOWED` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["pauseClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume the response clock
         * @description Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.ALREADY_RESPONDED`, `CASE.CLOSED`, `CASE.NOT_A_COMPLAINT`, `CASE.NOT_ACKNOWLEDGED`, `CASE.NOT_PAUSED`, `CASE.POLICY_MISMATCH`, `CASE.PROCESS_ENDED`, `CASE.REFUSED`, `CASE.WITHDRAWN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["resumeClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/stage1-response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the stage 1 response
         * @description Findings per aspect, reasons, remedies, outstanding actions and how to escalate; the recorded outcome follows the upheld-in-totality rule. A response missing a required element is 422 naming what is missing.
         *
         *     Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.ALREADY_RESPONDED`, `CASE.CLOCK_PAUSED`, `CASE.CLOSED`, `CASE.NOT_A_COMPLAINT`, `CASE.NOT_ACKNOWLEDGED`, `CASE.POLICY_MISMATCH`, `CASE.PROCESS_ENDED`, `CASE.REFUSED`, `CASE.WITHDRAWN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.FINDING_NOT_IN_SCHEME`, `CASE.INVALID_DATE`, `CASE.RESPONSE_INCOMPLETE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["respondStage1"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/escalation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a request to escalate to stage 2
         * @description No reason is needed. Outside the policy's window the request is recorded and waits for an escalation decision. `requestedAt` defaults to `occurredAt`, or now.
         *
         *     Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.ALREADY_ESCALATED`, `CASE.CLOSED`, `CASE.NOT_A_COMPLAINT`, `CASE.NOT_RESPONDED`, `CASE.POLICY_MISMATCH`, `CASE.PROCESS_ENDED`, `CASE.REFUSED`, `CASE.WITHDRAWN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["escalateComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/escalation-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or refuse an escalation, or make stage 1 final
         * @description Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.CLOSED`, `CASE.ESCALATION_ALREADY_DECIDED`, `CASE.ESCALATION_DECISION_NOT_NEEDED`, `CASE.NOT_A_COMPLAINT`, `CASE.NOT_ESCALATED`, `CASE.POLICY_MISMATCH`, `CASE.PROCESS_ENDED`, `CASE.REFUSED`, `CASE.WITHDRAWN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.ESCALATION_ACCEPT_NEEDS_REASON`, `CASE.ESCALATION_WAS_EXPLAINED`, `CASE.EXPLANATION_REQUIRED`, `CASE.FINAL_AT_STAGE1_NOT_ALLOWED`, `CASE.INVALID_DATE`, `CASE.REFUSAL_NEEDS_EXCLUSION`, `CASE.REFUSAL_NEEDS_EXPLANATION`, `CASE.UNKNOWN_EXCLUSION` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["decideEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/stage2-acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge the escalation request
         * @description Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.ALREADY_ACKNOWLEDGED`, `CASE.CLOSED`, `CASE.ESCALATION_DECISION_REQUIRED`, `CASE.NOT_A_COMPLAINT`, `CASE.NOT_ESCALATED`, `CASE.POLICY_MISMATCH`, `CASE.PROCESS_ENDED`, `CASE.REFUSED`, `CASE.WITHDRAWN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["acknowledgeStage2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/stage2-assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Assign the stage 2 reviewer (never a stage 1 handler)
         * @description Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.ALREADY_RESPONDED`, `CASE.CLOSED`, `CASE.NOT_A_COMPLAINT`, `CASE.NOT_ESCALATED`, `CASE.POLICY_MISMATCH`, `CASE.PROCESS_ENDED`, `CASE.REFUSED`, `CASE.WITHDRAWN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE`, `CASE.STAGE2_HANDLER_NOT_INDEPENDENT`, `STAFF.INACTIVE`, `STAFF.MAY_NOT_REVIEW_STAGE2`, `STAFF.NOT_STAFF` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["assignStage2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/stage2-response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the stage 2 (final) response
         * @description Agreeing with an upheld stage 1 records upheld even if stage 2 found no fault in the handling; otherwise stage 2's own findings decide.
         *
         *     Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.ALREADY_RESPONDED`, `CASE.CLOCK_PAUSED`, `CASE.CLOSED`, `CASE.NOT_A_COMPLAINT`, `CASE.NOT_ACKNOWLEDGED`, `CASE.POLICY_MISMATCH`, `CASE.PROCESS_ENDED`, `CASE.REFUSED`, `CASE.WITHDRAWN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.FINDING_NOT_IN_SCHEME`, `CASE.INVALID_DATE`, `CASE.RESPONSE_INCOMPLETE`, `CASE.STAGE2_HANDLER_NOT_INDEPENDENT` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["respondStage2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/ombudsman-referral": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a referral to the Ombudsman
         * @description Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.ALREADY_REFERRED`, `CASE.POLICY_MISMATCH` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["referToOmbudsman"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/ombudsman-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the Ombudsman's decision beside the council's outcome
         * @description Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.NOT_REFERRED`, `CASE.OMBUDSMAN_DECISION_EXISTS`, `CASE.POLICY_MISMATCH` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["recordOmbudsmanDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/remedies/{remedyId}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a remedy delivered
         * @description Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND`, `CASE.REMEDY_NOT_FOUND` |
         *     | 409 | `CASE.POLICY_MISMATCH`, `CASE.REMEDY_NOT_OPEN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["completeRemedy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/remedies/{remedyId}/undeliverable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that a remedy cannot be delivered, and the alternative
         * @description Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND`, `CASE.REMEDY_NOT_FOUND` |
         *     | 409 | `CASE.POLICY_MISMATCH`, `CASE.REMEDY_NOT_OPEN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["markRemedyUndeliverable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/actions/{actionId}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an outstanding action done
         * @description Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.ACTION_NOT_FOUND`, `CASE.NOT_FOUND` |
         *     | 409 | `CASE.ACTION_ALREADY_COMPLETED`, `CASE.POLICY_MISMATCH` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["completeOutstandingAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the person withdrew
         * @description Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.ALREADY_RESPONDED`, `CASE.CLOSED`, `CASE.NOT_A_COMPLAINT`, `CASE.POLICY_MISMATCH`, `CASE.PROCESS_ENDED`, `CASE.REFUSED`, `CASE.WITHDRAWN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["withdrawComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the case
         * @description Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.CLOSED`, `CASE.POLICY_MISMATCH`, `CASE.STILL_OPEN`, `CASE.WITHDRAWN` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["closeCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/by-reference/{reference}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case by its reference (as on the letters and the web form's reply)
         * @description The same answer as `GET /v1/complaints/{id}`; 404 when your council has no such case or you may not see it.
         *
         *     Roles: any one of `complaints_team`, `handler`, `intake`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getComplaintByReference"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Correct a mistaken action: strike it out, or redate it
         * @description Records a `corrected` event with the reason; history is never deleted. Without `redateTo` the action is struck out (recorded in error, e.g. an acknowledgement on the wrong case); with it, the action is taken as having happened then (its day, lateness and what follows from its date are recomputed). Only the case's latest action still standing can be corrected (amendments aside): correct later ones first, latest first. The receipt, amendments and corrections are not corrected (a mistaken amendment is undone by another, `PATCH` with the old values and a reason). The case, its deadlines and the reports follow the corrected facts. A `sequence` naming a `correspondence_recorded` entry corrects that correspondence entry, in any order: struck out (logged on the wrong case, or with duties it did not serve: record it again as it was) or redated (not in the future, not before receipt); it stays in the log, a `correspondence_corrected` event records the reason, and the evidence, its gaps and the last contact follow the entries that stand.
         *
         *     Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 409 | `CASE.ALREADY_CORRECTED`, `CASE.CORRECTION_NOT_LATEST` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `CASE.INVALID_DATE`, `CASE.NOT_CORRECTABLE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["correctAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/correspondence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case's correspondence, the evidence it gives, its gaps, and whether an update is due
         * @description Roles: any one of `complaints_team`, `handler`, `intake`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getCorrespondence"];
        put?: never;
        /**
         * Record a letter, email, call or meeting on the case
         * @description With the duties it served; the case's history records it (without the summary or the party) and its version moves.
         *
         *     Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CORRESPONDENCE.BEFORE_RECEIPT`, `CORRESPONDENCE.DUTY_NEEDS_OUTGOING`, `CORRESPONDENCE.IN_FUTURE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["recordCorrespondence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/exclusion-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Advice: which catalogue entries may apply, the 12-month test, already considered?
         * @description Checks the given facts against the catalogue of the policy the case started under. Advice only: it records nothing and the case's version does not change. Refusing still needs an acknowledgement naming entries and explaining.
         *
         *     Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `CALENDAR.INVALID_DATE`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `EXCLUSION_CHECK.AWARE_AFTER_RECEIPT`, `EXCLUSION_CHECK.SAME_CASE`, `EXCLUSION_CHECK.UNKNOWN_CASE`, `EXCLUSION_CHECK.UNKNOWN_EXCLUSION` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["checkExclusions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/related-issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A further issue: added to the case, or a new linked case after stage 1
         * @description Before the stage 1 response the issue is added to the case (200, the case with a new version). After it, or once the case has ended without one (refused, signposted, withdrawn, closed), a new case is opened from the same person by the same channel, linked to this one (201, the new case, `Location`).
         *
         *     Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `CALENDAR.OUT_OF_RANGE`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `IDEMPOTENCY.KEY_REUSED`, `INTAKE.ANONYMOUS_WITH_PERSON`, `INTAKE.PERSON_REQUIRED` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["raiseRelatedIssue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The council your token acts for, and its settings
         * @description Roles: any authenticated member of the council.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `COUNCIL.NOT_FOUND` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getCurrentCouncil"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the council's name, its public intake for website forms, or its reporting settings
         * @description Public intake is off by default. The allow-list replaces the previous one; origins are stored in lower case. `reporting` sets the population (rates per 10,000 residents) and the timeliness target the self-assessment rates against.
         *
         *     Roles: any one of `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `COUNCIL.NOT_FOUND` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `COUNCIL.INVALID` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        patch: operations["updateCurrentCouncil"];
        trace?: never;
    };
    "/v1/councils/current/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The council's policy in force
         * @description Timescales, escalation window, outcome scheme and the catalogue of matters not considered. Open cases keep the version they started under (see a case's `policy.version`).
         *
         *     Roles: any authenticated member of the council.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getCurrentPolicy"];
        /**
         * Record a new version of the council's policy
         * @description A preset plus the council's changes. An invalid result is 422 naming each field and rule. New cases start under the new version; open cases keep theirs, so their dates do not move.
         *
         *     Roles: any one of `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 412 | `POLICY.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `POLICY.INVALID` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        put: operations["replaceCurrentPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/current/policy/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every version of the council's policy
         * @description Oldest first, starting with version 0 (the Code's defaults, for cases logged before the council recorded a policy). Read one version with `GET .../versions/{version}` to explain a case's dates from the version it runs under.
         *
         *     Roles: any authenticated member of the council.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["listPolicyVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/current/policy/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One version of the council's policy, as recorded
         * @description The resolved policy of that version: the timescales, escalation window, outcome scheme and catalogue a case under it runs by.
         *
         *     Roles: any authenticated member of the council.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `POLICY.VERSION_NOT_FOUND` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getPolicyVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/councils/{slug}/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A complaint from a website form, posted from the browser (no token)
         * @description Off by default: a council turns it on and lists its web origins (`PATCH /v1/councils/current`); otherwise 404. Rate limited per client address and council (429 with `Retry-After`). Requires an `Idempotency-Key`. The reply holds only the reference and dates, never personal data.
         *
         *     No token needed.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `CALENDAR.OUT_OF_RANGE`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 403 | `PUBLIC_INTAKE.ORIGIN_NOT_ALLOWED` |
         *     | 404 | `PUBLIC_INTAKE.NOT_AVAILABLE` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `CASE.DATE_IN_FUTURE`, `CASE.DATE_OUT_OF_ORDER`, `IDEMPOTENCY.KEY_REUSED`, `INTAKE.ANONYMOUS_WITH_PERSON`, `INTAKE.PERSON_REQUIRED` |
         *     | 429 | `RATE_LIMITED` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["submitPublicComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/self-assessment/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The year's self-assessment against the Code, provision by provision
         * @description Every provision of the Code's catalogue: evidenced from the year's data (figure, threshold, met or not with the rule stated) or answered by the council; the governing body's response and the Member responsible's sign-off; the published versions. The current draft; published versions are frozen. No personal data.
         *
         *     Roles: any one of `reporting`, `complaints_team`, `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getSelfAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/self-assessment/{year}/provisions/{ref}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the council's answer for one provision
         * @description For a provision the data cannot evidence: whether the council complies, with evidence, commentary and any action with a date. For one evidenced from data, commentary and an action only (`complies` is not allowed: the data says). Replaces the previous answer; records who and when.
         *
         *     Roles: any one of `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        put: operations["answerSelfAssessmentProvision"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/self-assessment/{year}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the governing body's response and the Member responsible's sign-off
         * @description Needed before the self-assessment can be published (Code 8.2). Replaces what was recorded.
         *
         *     Roles: any one of `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        put: operations["signOffSelfAssessment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/self-assessment/{year}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the self-assessment as it stands: a new frozen version
         * @description Freezes the current self-assessment (figures, answers, sign-off) as the next version. Needs the sign-off and an answer for every provision the data cannot evidence (422 `SELF_ASSESSMENT.NOT_SIGNED_OFF`, `SELF_ASSESSMENT.INCOMPLETE` with the `missing` provisions). Later changes are published as a new version; earlier versions stay readable.
         *
         *     Roles: any one of `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `SELF_ASSESSMENT.INCOMPLETE`, `SELF_ASSESSMENT.NOT_SIGNED_OFF`, `SELF_ASSESSMENT.PUBLISHED_CONCURRENTLY` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["publishSelfAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/self-assessment/{year}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A published version of the self-assessment, as it was frozen
         * @description Roles: any one of `reporting`, `complaints_team`, `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `SELF_ASSESSMENT.VERSION_NOT_FOUND` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getPublishedSelfAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/caseload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who holds the open cases now, by name
         * @description The open caseload (cases awaiting a council duty: an acknowledgement or a response) by who holds each case: the stage 1 handler, or the stage 2 reviewer for a stage 2 duty. Holders are named by the council's staff records; leavers still holding cases show with `active: false`, to be reassigned (`POST /v1/councils/current/staff/{subject}/reassignment`). Send `Accept: text/csv` for one CSV row per holder. Staff names only; no complainant's personal data.
         *
         *     Roles: any one of `reporting`, `complaints_team`, `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getCaseload"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/performance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Complaint handling figures for a period, grouped
         * @description Volumes, outcomes, timeliness, escalations, the Ombudsman, remedies and the open caseload for your council. Send `Accept: text/csv` for the same figures as one CSV table (a row per group, the total first; a column per figure named by its JSON path). No personal data.
         *
         *     Roles: any one of `reporting`, `complaints_team`, `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getPerformanceFigures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/annual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The annual complaints performance and service improvement report
         * @description For the financial year starting 1 April `year`: the self-assessment, quantitative performance, the summary of refused complaint types, non-compliance findings (late acknowledgements and responses, extensions beyond the cap, exceptional circumstances), remedies, and the service improvements and governance response as recorded. Send `Accept: text/html` for a printable page to publish, `Accept: text/csv` for the figures as one long CSV table. No personal data.
         *
         *     Roles: any one of `reporting`, `complaints_team`, `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getAnnualReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/half-year": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The 6-monthly report for the committee cycle
         * @description The annual report's structure for one half of the financial year: half 1 is April to September, half 2 October to March. `Accept: text/html` and `text/csv` as for the annual report.
         *
         *     Roles: any one of `reporting`, `complaints_team`, `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getHalfYearReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/annual/{year}/narrative": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record the service improvements and governance response for a year
         * @description Replaces what was recorded for the year; the annual report and both 6-monthly reports of the year show it.
         *
         *     Roles: any one of `complaints_team`, `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        put: operations["recordAnnualReportNarrative"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/exceptional-circumstances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recorded periods of exceptional circumstances
         * @description Roles: any one of `reporting`, `complaints_team`, `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["listExceptionalCircumstances"];
        put?: never;
        /**
         * Record a period of exceptional circumstances
         * @description E.g. a cyber incident that stopped the council meeting the Code: the period, what was affected, when the Ombudsman was told and when the council returned to compliance. Shown in the reports whose period it overlaps.
         *
         *     Roles: any one of `complaints_team`, `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["recordExceptionalCircumstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/current/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The council's staff, and subjects seen but not registered
         * @description Roles: any one of `admin`, `complaints_team`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["listStaff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/current/staff/{subject}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One member of staff
         * @description Roles: any one of `admin`, `complaints_team`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `STAFF.NOT_FOUND` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getStaffMember"];
        /**
         * Register or change a member of staff
         * @description Only registered, active staff with the capability may be assigned cases (stage 1: `mayHandleStage1`; stage 2: `mayReviewStage2`); assignment refuses anyone else with 422 naming the rule.
         *
         *     Roles: any one of `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        put: operations["putStaffMember"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/councils/current/staff/{subject}/reassignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a leaver's open cases to others, in one call
         * @description Each case is reassigned through its own assignment action, recorded in its history; the staff and independence rules apply, and a case a rule keeps is listed in `skipped`.
         *
         *     Roles: any one of `complaints_team`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 412 | `CASE.VERSION_MISMATCH` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `STAFF.INACTIVE`, `STAFF.MAY_NOT_HANDLE_STAGE1`, `STAFF.MAY_NOT_REVIEW_STAGE2`, `STAFF.NO_SUCCESSOR`, `STAFF.NOT_STAFF` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["reassignOpenCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learning-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The learning register: service improvements made because of complaints
         * @description Roles: any one of `complaints_team`, `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["listLearningActions"];
        put?: never;
        /**
         * Record a service improvement, linked to the complaints that prompted it
         * @description A linked case that is not one of your council's is 422 `LEARNING.UNKNOWN_CASE` with the ids in `missing`.
         *
         *     Roles: any one of `complaints_team`, `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `LEARNING.UNKNOWN_CASE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["recordLearningAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{id}/learning-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a service improvement prompted by this complaint
         * @description Linked to the case; in its lead service area unless another is given. A case you may not see is 404.
         *
         *     Roles: any one of `complaints_team`, `handler`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `CASE.NOT_FOUND` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["recordLearningFromComplaint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/learning-actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a service improvement, or record it done
         * @description Roles: any one of `complaints_team`, `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `LEARNING.NOT_FOUND` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `LEARNING.UNKNOWN_CASE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        patch: operations["updateLearningAction"];
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The council's ordered event log, from a cursor (long-poll with `wait`)
         * @description Every change of every case, and the time-based events (deadlines approaching or missed, overdue remedies, closure by the escalation window), in one order that never skips an event committed late. Payloads are thin: fetch the case for its details. Follow the log by passing each page's `nextCursor` as `after`.
         *
         *     Roles: any one of `complaints_team`, `admin`, `integration`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `EVENTS.INVALID_CURSOR`, `EVENTS.UNKNOWN_TYPE`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The council's webhook subscriptions
         * @description Roles: any one of `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["listWebhookSubscriptions"];
        put?: never;
        /**
         * Subscribe a receiver to the council's events
         * @description Messages follow the Standard Webhooks specification and are signed with the secret in the answer, shown only this once. The subscription receives events from now on; replay reaches back.
         *
         *     Roles: any one of `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `EVENTS.UNKNOWN_TYPE`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `WEBHOOK.URL_NOT_ALLOWED` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["createWebhookSubscription"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A webhook subscription
         * @description Roles: any one of `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `WEBHOOK.NOT_FOUND` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getWebhookSubscription"];
        put?: never;
        post?: never;
        /**
         * Remove a webhook subscription and its delivery log
         * @description Roles: any one of `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `WEBHOOK.NOT_FOUND` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        delete: operations["deleteWebhookSubscription"];
        options?: never;
        head?: never;
        /**
         * Change, enable or disable a webhook subscription
         * @description Roles: any one of `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `EVENTS.UNKNOWN_TYPE`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `WEBHOOK.NOT_FOUND` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `WEBHOOK.URL_NOT_ALLOWED` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        patch: operations["updateWebhookSubscription"];
        trace?: never;
    };
    "/v1/webhooks/{id}/secret-rotation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new signing secret, the old one still signing during an overlap
         * @description During the overlap every message carries two signatures (`v1,<new> v1,<old>`), so the receiver can switch keys at any moment in it. The new secret is shown only now.
         *
         *     Roles: any one of `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `WEBHOOK.NOT_FOUND` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Messages to a subscription, with every attempt
         * @description Roles: any one of `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `WEBHOOK.NOT_FOUND` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/replays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an event, or a range of events, to the subscription again
         * @description Each message keeps its event's `webhook-id`, so a receiver that already has it can drop it. A case's messages still go out in order.
         *
         *     Roles: any one of `admin`.
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `EVENTS.INVALID_CURSOR`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_REQUIRED`, `AUTH.COUNCIL_SUSPENDED`, `AUTH.FORBIDDEN`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `WEBHOOK.EVENT_NOT_FOUND`, `WEBHOOK.NOT_FOUND` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `WEBHOOK.REPLAY_TOO_LARGE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["replayWebhookEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/councils": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every council this deployment serves
         * @description Roles: `operator` (a deployment token with no council claim).
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_SUSPENDED`, `AUTH.OPERATOR_ONLY`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["listCouncils"];
        put?: never;
        /**
         * Put a council into service with its starting policy
         * @description Records the council and version 1 of its policy (the preset) together. Its staff then need tokens with its slug in the council claim, or an identity provider of its own.
         *
         *     Roles: `operator` (a deployment token with no council claim).
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_SUSPENDED`, `AUTH.OPERATOR_ONLY`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 409 | `COUNCIL.SLUG_TAKEN` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `COUNCIL.INVALID`, `POLICY.INVALID` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["createCouncil"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/councils/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One council
         * @description Roles: `operator` (a deployment token with no council claim).
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_SUSPENDED`, `AUTH.OPERATOR_ONLY`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `COUNCIL.NOT_FOUND` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["getCouncil"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename a council, or change the reference prefix or bank-holiday division of its new cases
         * @description Existing cases keep their references, and open cases keep the calendar they started under (as they keep their policy).
         *
         *     Roles: `operator` (a deployment token with no council claim).
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `CALENDAR.UNKNOWN_DIVISION`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_SUSPENDED`, `AUTH.OPERATOR_ONLY`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `COUNCIL.NOT_FOUND` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `COUNCIL.INVALID` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        patch: operations["changeCouncil"];
        trace?: never;
    };
    "/v1/operator/councils/{slug}/suspension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Suspend a council: its tokens get 403, its data stays
         * @description Idempotent: suspending a suspended council keeps the first instant. Its public intake closes too.
         *
         *     Roles: `operator` (a deployment token with no council claim).
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_SUSPENDED`, `AUTH.OPERATOR_ONLY`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `COUNCIL.NOT_FOUND` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        put: operations["suspendCouncil"];
        post?: never;
        /**
         * Reinstate a suspended council
         * @description Roles: `operator` (a deployment token with no council claim).
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_SUSPENDED`, `AUTH.OPERATOR_ONLY`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `COUNCIL.NOT_FOUND` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        delete: operations["reinstateCouncil"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/councils/{slug}/identity-providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A council's own identity providers
         * @description Roles: `operator` (a deployment token with no council claim).
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_SUSPENDED`, `AUTH.OPERATOR_ONLY`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `COUNCIL.NOT_FOUND` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        get: operations["listIdentityProviders"];
        put?: never;
        /**
         * Trust a council's own identity provider for that council's tokens
         * @description Tokens whose `iss` is this issuer are verified against its JWKS (fetched and cached, refetched on key rotation) and act for this council only, whatever else they claim. Needs AUTH_COUNCIL_PROVIDERS=true on the deployment. An issuer belongs to one council (409).
         *
         *     Roles: `operator` (a deployment token with no council claim).
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_SUSPENDED`, `AUTH.OPERATOR_ONLY`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `COUNCIL.NOT_FOUND` |
         *     | 409 | `IDP.ISSUER_TAKEN` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 422 | `IDP.INVALID` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        post: operations["addIdentityProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/operator/councils/{slug}/identity-providers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop trusting a council's identity provider
         * @description Roles: `operator` (a deployment token with no council claim).
         *
         *     **Errors** (`application/problem+json`; `code` is one of):
         *
         *     | status | `code` |
         *     |---|---|
         *     | 400 | `BAD_REQUEST`, `MALFORMED_JSON`, `MALFORMED_URL`, `VALIDATION` |
         *     | 401 | `AUTH.UNAUTHENTICATED` |
         *     | 403 | `AUTH.COUNCIL_SUSPENDED`, `AUTH.OPERATOR_ONLY`, `AUTH.UNKNOWN_COUNCIL` |
         *     | 404 | `COUNCIL.NOT_FOUND`, `IDP.NOT_FOUND` |
         *     | 413 | `BODY_TOO_LARGE` |
         *     | 414 | `URI_TOO_LONG` |
         *     | 415 | `UNSUPPORTED_MEDIA_TYPE` |
         *     | 500 | `INTERNAL` |
         *     | 503 | `DATABASE_UNAVAILABLE`, `OVERLOADED` |
         */
        delete: operations["removeIdentityProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * AcceptAcknowledgement
         * @description Accept the complaint into stage 1.
         * @example {
         *       "decision": "accepted"
         *     }
         */
        AcceptAcknowledgement: {
            /**
             * @description Accepted into stage 1. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            decision: "accepted";
            /** @description Accepting a complaint outside the time limit: the good reason (Code 2.2). */
            outsideTimeLimitReason?: string;
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * @description Acknowledge a complaint, saying whether it is accepted (Code 2.1-2.4).
         * @example {
         *       "decision": "accepted"
         *     }
         * @example {
         *       "decision": "refused",
         *       "exclusionCodes": [
         *         "over_time_limit"
         *       ],
         *       "ombudsmanRightGiven": true,
         *       "explanation": "The bins were missed in 2024, more than 12 months before you told us"
         *     }
         */
        Acknowledgement: components["schemas"]["AcceptAcknowledgement"] | components["schemas"]["RefuseAcknowledgement"];
        /**
         * AcknowledgementTimeliness
         * @description Acknowledgement within the policy's period (the Code: 5 working days). Timeliness counts each duty in the period its due date falls in (the final due date, after extensions and pauses). Of those due: met = done on or before the due date; late = done after it, or not done and the due date has passed (as at `asAt`); pending = not done and not yet due: a case still open and not yet late is never counted as late. Percentages are of `due`, to one decimal place; null when nothing was due. Duties lapse when a case is withdrawn before meeting them, and refused complaints, service requests and signposted contacts have no response duty.
         * @example {
         *       "due": 39,
         *       "met": {
         *         "count": 37,
         *         "percent": 94.9
         *       },
         *       "late": {
         *         "count": 2,
         *         "percent": 5.1
         *       },
         *       "pending": {
         *         "count": 0,
         *         "percent": 0
         *       }
         *     }
         */
        AcknowledgementTimeliness: {
            /**
             * Format: int64
             * @description Acknowledgements due in the period (due date in [from, to]).
             */
            due: number;
            /** @description Acknowledged by the due date. A count and its percentage of those due in the period. */
            met: components["schemas"]["CountAndPercent"];
            /** @description Acknowledged after the due date, or not yet acknowledged with the date passed. A count and its percentage of those due in the period. */
            late: components["schemas"]["CountAndPercent"];
            /** @description Not yet acknowledged and not yet due: not late. A count and its percentage of those due in the period. */
            pending: components["schemas"]["CountAndPercent"];
        };
        /**
         * @description An action that carries nothing but when it happened (resuming the clock, acknowledging an escalation).
         * @example {}
         * @example {
         *       "occurredAt": "2026-01-27T09:30:00Z"
         *     }
         */
        ActionTiming: {
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * @description An action that needs no more than an optional reason (upgrading a service request to a complaint, closing a case), and when it happened.
         * @example {
         *       "reason": "The person says the missed collection is a complaint, not a request"
         *     }
         */
        ActionWithReason: {
            /** @description Why it is now a complaint. */
            reason?: string;
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * Amendment
         * @description What to change about a case; only the fields sent change.
         * @example {
         *       "person": {
         *         "phone": "01632 960 123"
         *       },
         *       "representative": {
         *         "name": "Jo Taylor",
         *         "relationship": "daughter",
         *         "email": "jo.taylor@example.org",
         *         "consent": {
         *           "basis": "written_consent",
         *           "recordedOn": "2026-01-06"
         *         }
         *       },
         *       "reason": "Sam asked that his daughter Jo deal with us for him"
         *     }
         */
        Amendment: {
            /** @description Changes to the person, field by field; null removes an optional field. */
            person?: components["schemas"]["PersonPatch"];
            /** @description The representative and their consent, replaced whole; null removes them. */
            representative?: components["schemas"]["Representative"] | null;
            /** @description When the reasonable adjustments are next reviewed (Code 5.6: kept under active review); today or later. Shows in the work queue once due. */
            adjustmentsReviewOn?: string | null;
            /** @description Sensitive: only the complaints team and the assigned handler see personal data. The complaints team's to change. */
            sensitive?: boolean;
            /** @description What the complaint is about. */
            summary?: string;
            /** @description What the person wants to happen. */
            desiredOutcome?: string | null;
            /** @description Service areas the complaint concerns (replaced whole). */
            serviceAreas?: string[];
            /** @description The council's categories, for reporting (replaced whole). */
            categories?: string[];
            /** @description Why it changed, recorded with the amendment. */
            reason?: string;
        };
        /**
         * @description The annual complaints performance and service improvement report (Code 8.1), or its 6-monthly version. No personal data.
         * @example {
         *       "council": {
         *         "name": "Demo District Council"
         *       },
         *       "period": {
         *         "kind": "annual",
         *         "label": "2025-26",
         *         "year": 2025,
         *         "from": "2025-04-01",
         *         "to": "2026-03-31"
         *       },
         *       "asAt": "2026-04-14",
         *       "policy": {
         *         "version": 0,
         *         "id": "lgsco-2024",
         *         "labels": {
         *           "stage1_acknowledgement": "Stage 1 acknowledged within 5 working days of receipt",
         *           "stage1_response": "Stage 1 response within 10 working days of acknowledgement",
         *           "stage1_extension": "Stage 1 extensions of at most 10 working days without good reason",
         *           "stage2_acknowledgement": "Stage 2 acknowledged within 5 working days of the escalation request",
         *           "stage2_response": "Stage 2 response within 20 working days of acknowledgement",
         *           "stage2_extension": "Stage 2 extensions of at most 20 working days without good reason"
         *         }
         *       },
         *       "targets": {
         *         "targetPercent": 100,
         *         "amberFromPercent": 90,
         *         "rule": "Met when at least 100% of the duties that fell due in the period were done on time; amber from 90%. Duties still open and not yet due are shown apart and never count as met."
         *       },
         *       "timeliness": [
         *         {
         *           "duty": "stage1_acknowledgement",
         *           "label": "Stage 1 acknowledged within 5 working days of receipt",
         *           "codeReference": "6.2",
         *           "fellDue": 39,
         *           "onTime": 37,
         *           "late": 2,
         *           "notYetDue": 0,
         *           "percent": 94.9,
         *           "rating": "amber",
         *           "met": false
         *         },
         *         {
         *           "duty": "stage1_response",
         *           "label": "Stage 1 response within 10 working days of acknowledgement",
         *           "codeReference": "6.3",
         *           "fellDue": 35,
         *           "onTime": 33,
         *           "late": 2,
         *           "notYetDue": 0,
         *           "percent": 94.3,
         *           "rating": "amber",
         *           "met": false
         *         },
         *         {
         *           "duty": "stage2_acknowledgement",
         *           "label": "Stage 2 acknowledged within 5 working days of the escalation request",
         *           "codeReference": "6 (stage 2)",
         *           "fellDue": 5,
         *           "onTime": 5,
         *           "late": 0,
         *           "notYetDue": 0,
         *           "percent": 100,
         *           "rating": "met",
         *           "met": true
         *         },
         *         {
         *           "duty": "stage2_response",
         *           "label": "Stage 2 response within 20 working days of acknowledgement",
         *           "codeReference": "6 (stage 2)",
         *           "fellDue": 5,
         *           "onTime": 5,
         *           "late": 0,
         *           "notYetDue": 0,
         *           "percent": 100,
         *           "rating": "met",
         *           "met": true
         *         }
         *       ],
         *       "selfAssessment": {
         *         "year": 2025,
         *         "asAt": "2026-04-14",
         *         "rows": [
         *           {
         *             "ref": "6.2",
         *             "section": 6,
         *             "paragraph": "6.2",
         *             "title": "Stage 1 acknowledged",
         *             "summary": "A stage 1 complaint is acknowledged and logged within 5 working days of receipt.",
         *             "evidence": "stage1_acknowledgement",
         *             "basis": "data",
         *             "data": {
         *               "key": "stage1_acknowledgement",
         *               "requirement": "Stage 1 acknowledged within 5 working days of receipt",
         *               "codeReference": "6.2",
         *               "figure": "37 of 39 that fell due (94.9%) on time; 2 late; 0 not yet due (not counted)",
         *               "value": 94.9,
         *               "target": "100% on time",
         *               "rule": "Met when at least 100% of the duties that fell due in the period were done on time; amber from 90%. Duties still open and not yet due are shown apart and never count as met.",
         *               "rating": "amber",
         *               "met": false
         *             },
         *             "answer": null,
         *             "status": "amber"
         *           },
         *           {
         *             "ref": "5.2",
         *             "section": 5,
         *             "paragraph": "5.2",
         *             "title": "Two stages only",
         *             "summary": "There are exactly two internal stages: no \"stage 0\" or informal stage.",
         *             "evidence": null,
         *             "basis": "council",
         *             "data": null,
         *             "answer": {
         *               "ref": "5.2",
         *               "complies": true,
         *               "evidence": "The complaints policy has two stages",
         *               "links": [
         *                 "https://www.demo.gov.uk/complaints-policy"
         *               ],
         *               "commentary": "The informal \"stage 0\" was removed in 2025",
         *               "action": null,
         *               "answeredBy": "alice",
         *               "answeredAt": "2026-04-07T14:00:00.000Z"
         *             },
         *             "status": "complies"
         *           }
         *         ],
         *         "summary": {
         *           "met": 5,
         *           "amber": 2,
         *           "not_met": 1,
         *           "nothing_due": 2,
         *           "complies": 35,
         *           "does_not_comply": 1,
         *           "not_answered": 0
         *         },
         *         "signOff": {
         *           "governingBody": "Audit and Governance Committee",
         *           "governingBodyResponse": "Noted; asked for a progress report on the two amber duties in six months",
         *           "respondedOn": "2026-04-08",
         *           "memberResponsible": "Chair of the Audit and Governance Committee",
         *           "memberSignedOffOn": "2026-04-09",
         *           "recordedBy": "alice",
         *           "recordedAt": "2026-04-09T16:00:00.000Z"
         *         },
         *         "versions": [
         *           {
         *             "version": 1,
         *             "publishedBy": "alice",
         *             "publishedAt": "2026-04-10T12:00:00.000Z"
         *           }
         *         ],
         *         "changedSincePublished": false
         *       },
         *       "performance": {
         *         "key": "total",
         *         "volumes": {
         *           "received": 48,
         *           "complaints": 40,
         *           "serviceRequests": 5,
         *           "signposted": 2,
         *           "untriaged": 1,
         *           "accepted": 36,
         *           "refused": 3,
         *           "withdrawn": 1,
         *           "refusedByCatalogueEntry": [
         *             {
         *               "code": "over_time_limit",
         *               "count": 2
         *             },
         *             {
         *               "code": "legal_action_started",
         *               "count": 1
         *             }
         *           ]
         *         },
         *         "stage1": {
         *           "acknowledgement": {
         *             "due": 39,
         *             "met": {
         *               "count": 37,
         *               "percent": 94.9
         *             },
         *             "late": {
         *               "count": 2,
         *               "percent": 5.1
         *             },
         *             "pending": {
         *               "count": 0,
         *               "percent": 0
         *             }
         *           },
         *           "response": {
         *             "due": 35,
         *             "withinCodeTimescale": {
         *               "count": 30,
         *               "percent": 85.7
         *             },
         *             "withinExtendedDate": {
         *               "count": 33,
         *               "percent": 94.3
         *             },
         *             "late": {
         *               "count": 2,
         *               "percent": 5.7
         *             },
         *             "pending": {
         *               "count": 0,
         *               "percent": 0
         *             },
         *             "extended": {
         *               "count": 5,
         *               "percent": 14.3
         *             },
         *             "extendedWithinCap": {
         *               "count": 5,
         *               "percent": 14.3
         *             },
         *             "extendedBeyondCap": {
         *               "count": 0,
         *               "percent": 0
         *             },
         *             "paused": {
         *               "count": 0,
         *               "percent": 0
         *             },
         *             "pausedWorkingDays": 0
         *           },
         *           "outcomes": {
         *             "responded": 35,
         *             "upheld": 21,
         *             "notUpheld": 14,
         *             "detailed": {
         *               "upheld": 21,
         *               "partlyUpheld": 0,
         *               "notUpheld": 14
         *             },
         *             "workingDaysToRespond": {
         *               "average": 8.4,
         *               "p90": 12
         *             }
         *           }
         *         },
         *         "stage2": {
         *           "acknowledgement": {
         *             "due": 5,
         *             "met": {
         *               "count": 5,
         *               "percent": 100
         *             },
         *             "late": {
         *               "count": 0,
         *               "percent": 0
         *             },
         *             "pending": {
         *               "count": 0,
         *               "percent": 0
         *             }
         *           },
         *           "response": {
         *             "due": 5,
         *             "withinCodeTimescale": {
         *               "count": 4,
         *               "percent": 80
         *             },
         *             "withinExtendedDate": {
         *               "count": 5,
         *               "percent": 100
         *             },
         *             "late": {
         *               "count": 0,
         *               "percent": 0
         *             },
         *             "pending": {
         *               "count": 0,
         *               "percent": 0
         *             },
         *             "extended": {
         *               "count": 1,
         *               "percent": 20
         *             },
         *             "extendedWithinCap": {
         *               "count": 1,
         *               "percent": 20
         *             },
         *             "extendedBeyondCap": {
         *               "count": 0,
         *               "percent": 0
         *             },
         *             "paused": {
         *               "count": 0,
         *               "percent": 0
         *             },
         *             "pausedWorkingDays": 0
         *           },
         *           "outcomes": {
         *             "responded": 5,
         *             "upheld": 1,
         *             "notUpheld": 4,
         *             "detailed": {
         *               "upheld": 1,
         *               "partlyUpheld": 0,
         *               "notUpheld": 4
         *             },
         *             "workingDaysToRespond": {
         *               "average": 15.2,
         *               "p90": 19
         *             }
         *           }
         *         },
         *         "escalations": {
         *           "requested": 6,
         *           "rate": 17.1,
         *           "refused": 1,
         *           "finalAtStage1": 0
         *         },
         *         "ombudsman": {
         *           "referred": 2,
         *           "decided": 1,
         *           "decisions": {
         *             "upheldFault": 0,
         *             "noFault": 1,
         *             "notInvestigated": 0,
         *             "closedAfterInitialEnquiries": 0
         *           }
         *         },
         *         "remedies": {
         *           "offered": 24,
         *           "done": 21,
         *           "open": 2,
         *           "overdue": 1,
         *           "undeliverable": 1,
         *           "financialTotalPence": 12750,
         *           "byType": [
         *             {
         *               "type": "apology",
         *               "offered": 18,
         *               "done": 17,
         *               "open": 1,
         *               "overdue": 0,
         *               "undeliverable": 0
         *             },
         *             {
         *               "type": "financial",
         *               "offered": 4,
         *               "done": 3,
         *               "open": 1,
         *               "overdue": 1,
         *               "undeliverable": 0
         *             },
         *             {
         *               "type": "record_amended",
         *               "offered": 2,
         *               "done": 1,
         *               "open": 0,
         *               "overdue": 0,
         *               "undeliverable": 1
         *             }
         *           ]
         *         },
         *         "dataQuality": {
         *           "actionsKeyedLate": 4,
         *           "casesWithActionsKeyedLate": 3
         *         }
         *       },
         *       "byMonth": [
         *         {
         *           "key": "2026-03",
         *           "volumes": {
         *             "received": 5,
         *             "complaints": 4,
         *             "serviceRequests": 1,
         *             "signposted": 0,
         *             "untriaged": 0,
         *             "accepted": 4,
         *             "refused": 0,
         *             "withdrawn": 0,
         *             "refusedByCatalogueEntry": []
         *           },
         *           "stage1": {
         *             "acknowledgement": {
         *               "due": 4,
         *               "met": {
         *                 "count": 4,
         *                 "percent": 100
         *               },
         *               "late": {
         *                 "count": 0,
         *                 "percent": 0
         *               },
         *               "pending": {
         *                 "count": 0,
         *                 "percent": 0
         *               }
         *             },
         *             "response": {
         *               "due": 3,
         *               "withinCodeTimescale": {
         *                 "count": 2,
         *                 "percent": 66.7
         *               },
         *               "withinExtendedDate": {
         *                 "count": 3,
         *                 "percent": 100
         *               },
         *               "late": {
         *                 "count": 0,
         *                 "percent": 0
         *               },
         *               "pending": {
         *                 "count": 0,
         *                 "percent": 0
         *               },
         *               "extended": {
         *                 "count": 1,
         *                 "percent": 33.3
         *               },
         *               "extendedWithinCap": {
         *                 "count": 1,
         *                 "percent": 33.3
         *               },
         *               "extendedBeyondCap": {
         *                 "count": 0,
         *                 "percent": 0
         *               },
         *               "paused": {
         *                 "count": 0,
         *                 "percent": 0
         *               },
         *               "pausedWorkingDays": 0
         *             },
         *             "outcomes": {
         *               "responded": 3,
         *               "upheld": 2,
         *               "notUpheld": 1,
         *               "detailed": {
         *                 "upheld": 2,
         *                 "partlyUpheld": 0,
         *                 "notUpheld": 1
         *               },
         *               "workingDaysToRespond": {
         *                 "average": 9.3,
         *                 "p90": 11.4
         *               }
         *             }
         *           },
         *           "stage2": {
         *             "acknowledgement": {
         *               "due": 1,
         *               "met": {
         *                 "count": 1,
         *                 "percent": 100
         *               },
         *               "late": {
         *                 "count": 0,
         *                 "percent": 0
         *               },
         *               "pending": {
         *                 "count": 0,
         *                 "percent": 0
         *               }
         *             },
         *             "response": {
         *               "due": 0,
         *               "withinCodeTimescale": {
         *                 "count": 0,
         *                 "percent": null
         *               },
         *               "withinExtendedDate": {
         *                 "count": 0,
         *                 "percent": null
         *               },
         *               "late": {
         *                 "count": 0,
         *                 "percent": null
         *               },
         *               "pending": {
         *                 "count": 0,
         *                 "percent": null
         *               },
         *               "extended": {
         *                 "count": 0,
         *                 "percent": null
         *               },
         *               "extendedWithinCap": {
         *                 "count": 0,
         *                 "percent": null
         *               },
         *               "extendedBeyondCap": {
         *                 "count": 0,
         *                 "percent": null
         *               },
         *               "paused": {
         *                 "count": 0,
         *                 "percent": null
         *               },
         *               "pausedWorkingDays": 0
         *             },
         *             "outcomes": {
         *               "responded": 0,
         *               "upheld": 0,
         *               "notUpheld": 0,
         *               "detailed": {
         *                 "upheld": 0,
         *                 "partlyUpheld": 0,
         *                 "notUpheld": 0
         *               },
         *               "workingDaysToRespond": {
         *                 "average": null,
         *                 "p90": null
         *               }
         *             }
         *           },
         *           "escalations": {
         *             "requested": 1,
         *             "rate": 33.3,
         *             "refused": 0,
         *             "finalAtStage1": 0
         *           },
         *           "ombudsman": {
         *             "referred": 0,
         *             "decided": 1,
         *             "decisions": {
         *               "upheldFault": 0,
         *               "noFault": 1,
         *               "notInvestigated": 0,
         *               "closedAfterInitialEnquiries": 0
         *             }
         *           },
         *           "remedies": {
         *             "offered": 3,
         *             "done": 2,
         *             "open": 1,
         *             "overdue": 0,
         *             "undeliverable": 0,
         *             "financialTotalPence": 2500,
         *             "byType": [
         *               {
         *                 "type": "apology",
         *                 "offered": 2,
         *                 "done": 2,
         *                 "open": 0,
         *                 "overdue": 0,
         *                 "undeliverable": 0
         *               },
         *               {
         *                 "type": "financial",
         *                 "offered": 1,
         *                 "done": 0,
         *                 "open": 1,
         *                 "overdue": 0,
         *                 "undeliverable": 0
         *               }
         *             ]
         *           },
         *           "dataQuality": {
         *             "actionsKeyedLate": 1,
         *             "casesWithActionsKeyedLate": 1
         *           }
         *         }
         *       ],
         *       "outcomesByServiceArea": [
         *         {
         *           "serviceArea": "waste",
         *           "stage1": {
         *             "responded": 20,
         *             "upheld": 14,
         *             "notUpheld": 6
         *           },
         *           "stage2": {
         *             "responded": 4,
         *             "upheld": 1,
         *             "notUpheld": 3
         *           }
         *         },
         *         {
         *           "serviceArea": "housing",
         *           "stage1": {
         *             "responded": 15,
         *             "upheld": 7,
         *             "notUpheld": 8
         *           },
         *           "stage2": {
         *             "responded": 1,
         *             "upheld": 0,
         *             "notUpheld": 1
         *           }
         *         }
         *       ],
         *       "refusedComplaintTypes": [
         *         {
         *           "code": "over_time_limit",
         *           "label": "More than 12 months",
         *           "count": 2,
         *           "inCatalogue": true
         *         },
         *         {
         *           "code": "legal_action_started",
         *           "label": "Legal action begun",
         *           "count": 1,
         *           "inCatalogue": true
         *         }
         *       ],
         *       "nonCompliance": {
         *         "lateAcknowledgements": {
         *           "stage1": 2,
         *           "stage2": 0
         *         },
         *         "lateResponses": {
         *           "stage1": 2,
         *           "stage2": 0
         *         },
         *         "extensionsBeyondCap": {
         *           "stage1": 0,
         *           "stage2": 0
         *         },
         *         "remediesOverdue": 1,
         *         "exceptionalCircumstances": [
         *           {
         *             "startsOn": "2026-02-09",
         *             "endsOn": "2026-02-13",
         *             "affected": "Cyber incident: the case system was offline",
         *             "ombudsmanToldOn": "2026-02-10",
         *             "returnedToComplianceOn": "2026-02-16",
         *             "id": "815eb05c-5a60-4244-9943-b84f727857a8",
         *             "recordedBy": "alice",
         *             "createdAt": "2026-02-16T11:00:00.000Z"
         *           }
         *         ]
         *       },
         *       "dataQuality": {
         *         "keyedLateAfterWorkingDays": 5,
         *         "received": 48,
         *         "casesWithActionsKeyedLate": 3,
         *         "percentOfReceived": 6.3,
         *         "actionsKeyedLate": 4
         *       },
         *       "remedies": {
         *         "offered": 24,
         *         "done": 21,
         *         "open": 2,
         *         "overdue": 1,
         *         "undeliverable": 1,
         *         "financialTotalPence": 12750,
         *         "byType": [
         *           {
         *             "type": "apology",
         *             "offered": 18,
         *             "done": 17,
         *             "open": 1,
         *             "overdue": 0,
         *             "undeliverable": 0,
         *             "label": "Apology"
         *           },
         *           {
         *             "type": "financial",
         *             "offered": 4,
         *             "done": 3,
         *             "open": 1,
         *             "overdue": 1,
         *             "undeliverable": 0,
         *             "label": "Financial remedy"
         *           },
         *           {
         *             "type": "record_amended",
         *             "offered": 2,
         *             "done": 1,
         *             "open": 0,
         *             "overdue": 0,
         *             "undeliverable": 1,
         *             "label": "Record amended"
         *           }
         *         ]
         *       },
         *       "openNow": {
         *         "open": 3,
         *         "stage1": 3,
         *         "stage2": 0,
         *         "overdue": 0,
         *         "dueWithin5WorkingDays": 2
         *       },
         *       "trends": {
         *         "population": 112000,
         *         "samePeriodLastYear": {
         *           "from": "2024-04-01",
         *           "to": "2025-03-31"
         *         },
         *         "figures": [
         *           {
         *             "key": "received",
         *             "label": "Contacts received",
         *             "kind": "count",
         *             "thisPeriod": 48,
         *             "samePeriodLastYear": 41,
         *             "change": 7,
         *             "per10000": {
         *               "thisPeriod": 4.29,
         *               "samePeriodLastYear": 3.66
         *             }
         *           },
         *           {
         *             "key": "complaints",
         *             "label": "Complaints",
         *             "kind": "count",
         *             "thisPeriod": 40,
         *             "samePeriodLastYear": 37,
         *             "change": 3,
         *             "per10000": {
         *               "thisPeriod": 3.57,
         *               "samePeriodLastYear": 3.3
         *             }
         *           }
         *         ]
         *       },
         *       "ombudsman": {
         *         "decided": 1,
         *         "decisions": {
         *           "upheldFault": 0,
         *           "noFault": 1,
         *           "notInvestigated": 0,
         *           "closedAfterInitialEnquiries": 0
         *         },
         *         "upheldRate": 0,
         *         "councilUpheldRate": {
         *           "stage1": 60,
         *           "stage2": 20
         *         },
         *         "recommendations": {
         *           "recommended": 0,
         *           "doneOnTime": 0,
         *           "doneLate": 0,
         *           "openOverdue": 0,
         *           "openNotYetDue": 0,
         *           "undeliverable": 0,
         *           "complianceRate": null
         *         }
         *       },
         *       "learning": {
         *         "figures": {
         *           "recorded": 2,
         *           "done": 1,
         *           "open": 1,
         *           "overdue": 0,
         *           "complaintsLinked": 2
         *         },
         *         "youSaidWeDid": [
         *           {
         *             "serviceArea": "waste",
         *             "complaints": 2,
         *             "what": "Crews photograph every missed bin",
         *             "owner": "Waste Services Manager",
         *             "dueOn": "2026-04-30",
         *             "doneOn": null
         *           },
         *           {
         *             "serviceArea": "waste",
         *             "complaints": 1,
         *             "what": "Round changes are checked against the address list before they go live",
         *             "owner": "Waste Services Manager",
         *             "dueOn": "2026-02-27",
         *             "doneOn": "2026-02-26"
         *           }
         *         ]
         *       },
         *       "serviceImprovements": "Crews now photograph every missed bin.\n\nRound changes are checked against the address list before they go live.",
         *       "governanceResponse": "Noted; asked for a progress report on the two amber duties in six months"
         *     }
         */
        AnnualReport: {
            council: {
                /** @description Council name. */
                name: string;
            };
            period: {
                /**
                 * @description The whole year or one half of it.
                 * @enum {string}
                 */
                kind: "annual" | "half-year";
                /** @description E.g. "2025-26" or "2025-26, first half (April to September)". */
                label: string;
                /**
                 * Format: int64
                 * @description The financial year, by the calendar year it starts in.
                 */
                year: number;
                /**
                 * Format: date
                 * @description First day.
                 */
                from: string;
                /**
                 * Format: date
                 * @description Last day.
                 */
                to: string;
            };
            /**
             * Format: date
             * @description The date the figures are as at.
             */
            asAt: string;
            /** @description The policy the labels come from. */
            policy: {
                /**
                 * Format: int64
                 * @description The council's policy version in force when the report is made (0: the Code's defaults); its timescales label the report.
                 */
                version: number;
                /** @description The policy's id. */
                id: string;
                /** @description The duties in the words of the policy. */
                labels: {
                    /** @description Stage 1 acknowledgement duty. */
                    stage1_acknowledgement: string;
                    /** @description Stage 1 response duty. */
                    stage1_response: string;
                    /** @description Stage 1 extension cap. */
                    stage1_extension: string;
                    /** @description Stage 2 acknowledgement duty. */
                    stage2_acknowledgement: string;
                    /** @description Stage 2 response duty. */
                    stage2_response: string;
                    /** @description Stage 2 extension cap. */
                    stage2_extension: string;
                };
            };
            /** @description The council's timeliness target. */
            targets: {
                /** @description Share on time at which a timeliness requirement is met (council setting; default 100). */
                targetPercent: number;
                /** @description Share from which an unmet requirement is amber (default 90). */
                amberFromPercent: number;
                /** @description The rule in words. */
                rule: string;
            };
            /** @description Each duty over the duties that fell due in the period, rated against the target. */
            timeliness: {
                /**
                 * @description The duty.
                 * @enum {string}
                 */
                duty: "stage1_acknowledgement" | "stage1_response" | "stage2_acknowledgement" | "stage2_response";
                /** @description The duty as the council's policy sets it, e.g. "Stage 1 response within 10 working days of acknowledgement". */
                label: string;
                /** @description Paragraph of the Code (stage 2 is cited by section). */
                codeReference: string;
                /**
                 * Format: int64
                 * @description Duties due in the period that fell due: done (on time or late), or overdue as at `asAt`.
                 */
                fellDue: number;
                /**
                 * Format: int64
                 * @description Done by the due date (as properly extended).
                 */
                onTime: number;
                /**
                 * Format: int64
                 * @description Done after the due date, or not done with the date passed.
                 */
                late: number;
                /**
                 * Format: int64
                 * @description Open and not yet due: shown apart, never counted as met nor late.
                 */
                notYetDue: number;
                /** @description onTime as a percentage of fellDue (one decimal place); null when nothing fell due. */
                percent: number | null;
                /**
                 * @description met: at or above the council's target; amber: under the target but at or above its amber threshold (not met); not_met: below that; nothing_due: nothing fell due in the period, so neither met nor not met.
                 * @enum {string}
                 */
                rating: "met" | "amber" | "not_met" | "nothing_due";
                /** @description rating is met; null when nothing fell due. */
                met: boolean | null;
            }[];
            /** @description The self-assessment against the Code, provision by provision (Code 8.1). The current draft; published versions are frozen. */
            selfAssessment: {
                /**
                 * Format: int64
                 * @description The financial year, by the calendar year it starts in.
                 */
                year: number;
                /**
                 * Format: date
                 * @description The date the figures are as at.
                 */
                asAt: string;
                /** @description Every provision of the catalogue, in the Code's order. */
                rows: components["schemas"]["SelfAssessmentProvision"][];
                /** @description How many provisions have each status. */
                summary: components["schemas"]["ProvisionStatusCounts"];
                /** @description The governing body's response and the Member's sign-off; null until recorded. */
                signOff: components["schemas"]["SelfAssessmentSignOff"] | null;
                /** @description Published versions of the year, oldest first. */
                versions: components["schemas"]["SelfAssessmentVersion"][];
                /** @description An answer or the sign-off changed after the latest published version: publish again to make a new version. */
                changedSincePublished: boolean;
            };
            /** @description The figures for one group. */
            performance: components["schemas"]["PerformanceFigures"];
            /** @description The same figures month by month, for the months of the period that have begun. */
            byMonth: components["schemas"]["PerformanceFigures"][];
            /** @description Outcomes of the responses sent in the period, by service area, each stage on its own: a case answered at both stages counts once in each, never summed. */
            outcomesByServiceArea: {
                /** @description Lead service area; "(none)" if unassigned. */
                serviceArea: string;
                /** @description Outcomes of stage 1 responses. */
                stage1: components["schemas"]["OutcomeCounts"];
                /** @description Outcomes of stage 2 responses. */
                stage2: components["schemas"]["OutcomeCounts"];
            }[];
            /** @description The summary of the types of complaint refused (Code 8.1). */
            refusedComplaintTypes: {
                /** @description Catalogue entry. */
                code: string;
                /** @description Its label in the council's catalogue in force (the code if it no longer lists it). */
                label: string;
                /**
                 * Format: int64
                 * @description Complaints refused under it (received in the period).
                 */
                count: number;
                /** @description Whether the catalogue in force lists the entry. */
                inCatalogue: boolean;
            }[];
            nonCompliance: {
                /** @description Acknowledgements due in the period and late. */
                lateAcknowledgements: components["schemas"]["StageCounts"];
                /** @description Responses due in the period and late (after the extended date, or overdue). */
                lateResponses: components["schemas"]["StageCounts"];
                /** @description Responses due in the period whose extensions went beyond the cap. */
                extensionsBeyondCap: components["schemas"]["StageCounts"];
                /**
                 * Format: int64
                 * @description Remedies offered in the period still open past their due date.
                 */
                remediesOverdue: number;
                /** @description Periods overlapping the report's. */
                exceptionalCircumstances: components["schemas"]["ExceptionalCircumstances"][];
            };
            /** @description Data quality: how promptly the case record is kept. Timeliness counts each step from when it happened, so late recording does not change it; it shows how far the record, and the work queue read from it, fell behind. */
            dataQuality: components["schemas"]["ReportDataQuality"];
            /** @description Remedies offered in the period. */
            remedies: {
                /**
                 * Format: int64
                 * @description Remedies offered in the period.
                 */
                offered: number;
                /**
                 * Format: int64
                 * @description Delivered.
                 */
                done: number;
                /**
                 * Format: int64
                 * @description Not yet delivered.
                 */
                open: number;
                /**
                 * Format: int64
                 * @description Open past the due date.
                 */
                overdue: number;
                /**
                 * Format: int64
                 * @description Undeliverable.
                 */
                undeliverable: number;
                /**
                 * Format: int64
                 * @description Financial remedies offered in the period, in pence.
                 */
                financialTotalPence: number;
                byType: {
                    /** @description Remedy type (apology, financial, ...). */
                    type: string;
                    /**
                     * Format: int64
                     * @description Offered in the period (by the date of the response or Ombudsman decision that offered it).
                     */
                    offered: number;
                    /**
                     * Format: int64
                     * @description Delivered.
                     */
                    done: number;
                    /**
                     * Format: int64
                     * @description Not yet delivered.
                     */
                    open: number;
                    /**
                     * Format: int64
                     * @description Not yet delivered and past its due date.
                     */
                    overdue: number;
                    /**
                     * Format: int64
                     * @description Recorded as undeliverable, with an alternative.
                     */
                    undeliverable: number;
                    /** @description The remedy type in words (Code 7.1). */
                    label: string;
                }[];
            };
            /** @description The open caseload as at `asAt`, whatever the period. */
            openNow: components["schemas"]["OpenCaseload"];
            /** @description Trends (Code 9.7). */
            trends: {
                /** @description The council's recorded population (PATCH /v1/councils/current); null when not recorded, and then no rates are given. */
                population: number | null;
                /** @description The period compared with. */
                samePeriodLastYear: {
                    /**
                     * Format: date
                     * @description First day.
                     */
                    from: string;
                    /**
                     * Format: date
                     * @description Last day.
                     */
                    to: string;
                };
                /** @description Headline figures beside the same period a year earlier. */
                figures: {
                    /** @description The figure. */
                    key: string;
                    /** @description The figure in words. */
                    label: string;
                    /**
                     * @description A count (scaled per 10,000 residents) or a percentage (not scaled).
                     * @enum {string}
                     */
                    kind: "count" | "percent";
                    /** @description The figure for the period; null when it cannot be computed (nothing fell due). */
                    thisPeriod: number | null;
                    /** @description The same figure a year earlier. */
                    samePeriodLastYear: number | null;
                    /** @description thisPeriod less samePeriodLastYear (percentage points for percentages); null when either is null. */
                    change: number | null;
                    /** @description Per 10,000 residents; null for percentages or when no population is recorded. */
                    per10000: {
                        /** @description Per 10,000 residents, two decimal places. */
                        thisPeriod: number;
                        /** @description The same a year earlier. */
                        samePeriodLastYear: number;
                    } | null;
                }[];
            };
            /** @description The Ombudsman's decisions for the period beside the council's own outcomes. */
            ombudsman: {
                /**
                 * Format: int64
                 * @description Ombudsman decisions made in the period.
                 */
                decided: number;
                decisions: components["schemas"]["OmbudsmanDecisionCounts"];
                /** @description Fault found, as a percentage of decisions after investigation (fault or no fault); null when none. */
                upheldRate: number | null;
                /** @description The council's own outcomes over the same period. */
                councilUpheldRate: {
                    /** @description The council's stage 1 upheld rate in the period (% of responses). */
                    stage1: number | null;
                    /** @description The council's stage 2 upheld rate in the period. */
                    stage2: number | null;
                };
                /** @description Compliance with the Ombudsman's recommendations on time. */
                recommendations: {
                    /**
                     * Format: int64
                     * @description Remedies the Ombudsman recommended in decisions made in the period.
                     */
                    recommended: number;
                    /**
                     * Format: int64
                     * @description Done by their date.
                     */
                    doneOnTime: number;
                    /**
                     * Format: int64
                     * @description Done after their date.
                     */
                    doneLate: number;
                    /**
                     * Format: int64
                     * @description Not done, date passed.
                     */
                    openOverdue: number;
                    /**
                     * Format: int64
                     * @description Not done, date not yet come.
                     */
                    openNotYetDue: number;
                    /**
                     * Format: int64
                     * @description Recorded as undeliverable, with an alternative.
                     */
                    undeliverable: number;
                    /** @description Done on time, as a percentage of those whose date has come (done, or open and overdue); null when none. */
                    complianceRate: number | null;
                };
            };
            /** @description The learning register over the period (Code 9.1-9.3). */
            learning: {
                /** @description The learning register in figures. */
                figures: components["schemas"]["LearningFigures"];
                /** @description "You said, we did": the improvements recorded by the end of the period and not done before it (no case ids). */
                youSaidWeDid: {
                    /** @description The service area that made the improvement. */
                    serviceArea: string;
                    /**
                     * Format: int64
                     * @description How many complaints prompted it.
                     */
                    complaints: number;
                    /** @description What was done (or is being done). */
                    what: string;
                    /** @description Who is responsible (role or team). */
                    owner: string;
                    /**
                     * Format: date
                     * @description When due.
                     */
                    dueOn: string;
                    /** @description When done; null while open. */
                    doneOn: string | null;
                }[];
            };
            /** @description As recorded for the year (PUT .../narrative); null if not yet. */
            serviceImprovements: string | null;
            /** @description As recorded for the year; null if not yet. */
            governanceResponse: string | null;
        };
        /**
         * @description The annual report's narrative as recorded for the year.
         * @example {
         *       "year": 2025,
         *       "serviceImprovements": "Crews now photograph every missed bin.\n\nRound changes are checked against the address list before they go live.",
         *       "governanceResponse": "Noted; asked for a progress report on the two amber duties in six months",
         *       "updatedBy": "alice",
         *       "updatedAt": "2026-04-14T10:00:00.000Z"
         *     }
         */
        AnnualReportNarrative: {
            /**
             * Format: int64
             * @description The reporting year (financial year starting 1 April of it).
             */
            year: number;
            /** @description Service improvements made from learning from complaints, as the report publishes them. */
            serviceImprovements: string;
            /** @description The response of the council's governing body (or committee) to the report. */
            governanceResponse: string;
            /** @description Who last recorded it. */
            updatedBy: string;
            /**
             * Format: date-time
             * @description When.
             */
            updatedAt: string;
        };
        /**
         * @description The annual report's words that data cannot give: the service improvements made and the governing body's response.
         * @example {
         *       "serviceImprovements": "Crews now photograph every missed bin.\n\nRound changes are checked against the address list before they go live.",
         *       "governanceResponse": "Noted; asked for a progress report on the two amber duties in six months"
         *     }
         */
        AnnualReportNarrativeInput: {
            /** @description Service improvements made from learning from complaints, as the report publishes them. */
            serviceImprovements: string;
            /** @description The response of the council's governing body (or committee) to the report. */
            governanceResponse: string;
        };
        /**
         * BackdatedAction
         * @description An action recorded after it happened.
         * @example {
         *       "type": "extended",
         *       "occurredAt": "2026-01-08T16:00:00.000Z",
         *       "recordedAt": "2026-01-09T09:15:00.000Z"
         *     }
         */
        BackdatedAction: {
            /** @description The event (as in the timeline). */
            type: string;
            /**
             * Format: date-time
             * @description When it really happened: the date its duty is judged by.
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @description When it was keyed in.
             */
            recordedAt: string;
        };
        /**
         * CalendarDeadline
         * @description A due date counted in working days, with how it was counted.
         * @example {
         *       "due": "2026-01-12",
         *       "provisional": false,
         *       "basis": "5 working days after 2026-01-05 (england-and-wales bank holidays)"
         *     }
         */
        CalendarDeadline: {
            /**
             * Format: date
             * @description The due date: by the end of this day, Europe/London.
             */
            due: string;
            /** @description True when the count runs past the official bank-holiday data and uses projected holidays. */
            provisional: boolean;
            /** @description What the date counts from and how, in words a handler can defend. */
            basis: string;
        };
        /**
         * Case
         * @description A complaint or request with its state, deadlines and history summary.
         * @example {
         *       "id": "08416614-fd1f-4ae5-8179-d4bc027d067f",
         *       "reference": "DEMO-2026-000001",
         *       "version": 1,
         *       "status": "received",
         *       "kind": null,
         *       "stage": 1,
         *       "channel": "email",
         *       "receivedAt": "2026-01-05T09:00:00.000Z",
         *       "receivedOn": "2026-01-05",
         *       "awareOn": "2025-12-15",
         *       "anonymous": false,
         *       "sensitive": false,
         *       "personalDataHidden": false,
         *       "person": {
         *         "name": "Sam Taylor",
         *         "email": "sam.taylor@example.org",
         *         "preferredContactMethod": "email"
         *       },
         *       "representative": null,
         *       "summary": "Garden waste not collected for a month, and calls about it not returned",
         *       "desiredOutcome": "Collections restarted and a refund for the missed month",
         *       "adjustmentsReviewOn": null,
         *       "relatedIssues": [],
         *       "serviceAreas": [
         *         "waste"
         *       ],
         *       "categories": [
         *         "missed collection"
         *       ],
         *       "crmReference": "CXM-4711",
         *       "policy": {
         *         "id": "lgsco-2024",
         *         "version": 0
         *       },
         *       "leadServiceArea": null,
         *       "handler": null,
         *       "stage2Handler": null,
         *       "deadlines": [
         *         {
         *           "provisional": false,
         *           "projected": false,
         *           "doneOn": null,
         *           "extendedByWorkingDays": 0,
         *           "beyondCode": false,
         *           "pausedWorkingDays": 0,
         *           "pausedSince": null,
         *           "state": "open",
         *           "kind": "stage1_acknowledgement",
         *           "due": "2026-01-12",
         *           "basis": "5 working days after receipt on 2026-01-05"
         *         },
         *         {
         *           "provisional": false,
         *           "projected": true,
         *           "doneOn": null,
         *           "extendedByWorkingDays": 0,
         *           "beyondCode": false,
         *           "pausedWorkingDays": 0,
         *           "pausedSince": null,
         *           "state": "open",
         *           "kind": "stage1_response",
         *           "due": "2026-01-26",
         *           "basis": "10 working days after the acknowledgement due date 2026-01-12 (projected: not yet acknowledged)"
         *         }
         *       ],
         *       "nextDue": {
         *         "kind": "stage1_acknowledgement",
         *         "due": "2026-01-12"
         *       },
         *       "flags": {
         *         "overdue": false,
         *         "acknowledgedLate": false,
         *         "respondedLate": false,
         *         "extendedBeyondCode": false,
         *         "clockPaused": false,
         *         "outsideTwelveMonths": false,
         *         "remediesOverdue": 0
         *       },
         *       "twelveMonth": {
         *         "withinLimit": true,
         *         "limitDate": "2026-12-15"
         *       },
         *       "triage": null,
         *       "acceptance": null,
         *       "stage1": {
         *         "acknowledgedAt": null,
         *         "acknowledgedOn": null,
         *         "acknowledgedLate": null,
         *         "serviceArea": null,
         *         "handler": null,
         *         "handlers": [],
         *         "extensions": [],
         *         "pauses": [],
         *         "response": null
         *       },
         *       "escalation": null,
         *       "stage2": null,
         *       "remedies": [],
         *       "actions": [],
         *       "ombudsman": null,
         *       "withdrawal": null,
         *       "lastContactOn": "2026-01-05",
         *       "updateDue": false,
         *       "closedOn": null,
         *       "backdated": [],
         *       "linkedCaseId": null,
         *       "createdAt": "2026-01-05T09:00:00.000Z",
         *       "updatedAt": "2026-01-05T09:00:00.000Z"
         *     }
         * @example {
         *       "id": "08416614-fd1f-4ae5-8179-d4bc027d067f",
         *       "reference": "DEMO-2026-000001",
         *       "version": 5,
         *       "status": "stage1_acknowledged",
         *       "kind": "complaint",
         *       "stage": 1,
         *       "channel": "email",
         *       "receivedAt": "2026-01-05T09:00:00.000Z",
         *       "receivedOn": "2026-01-05",
         *       "awareOn": "2025-12-15",
         *       "anonymous": false,
         *       "sensitive": false,
         *       "personalDataHidden": false,
         *       "person": {
         *         "name": "Sam Taylor",
         *         "email": "sam.taylor@example.org",
         *         "preferredContactMethod": "email"
         *       },
         *       "representative": null,
         *       "summary": "Garden waste not collected for a month, and calls about it not returned",
         *       "desiredOutcome": "Collections restarted and a refund for the missed month",
         *       "adjustmentsReviewOn": null,
         *       "relatedIssues": [],
         *       "serviceAreas": [
         *         "waste"
         *       ],
         *       "categories": [
         *         "missed collection"
         *       ],
         *       "crmReference": "CXM-4711",
         *       "policy": {
         *         "id": "lgsco-2024",
         *         "version": 0
         *       },
         *       "leadServiceArea": "waste",
         *       "handler": "bob",
         *       "stage2Handler": null,
         *       "deadlines": [
         *         {
         *           "provisional": false,
         *           "projected": false,
         *           "doneOn": "2026-01-06",
         *           "extendedByWorkingDays": 0,
         *           "beyondCode": false,
         *           "pausedWorkingDays": 0,
         *           "pausedSince": null,
         *           "state": "met",
         *           "kind": "stage1_acknowledgement",
         *           "due": "2026-01-12",
         *           "basis": "5 working days after receipt on 2026-01-05"
         *         },
         *         {
         *           "provisional": false,
         *           "projected": false,
         *           "doneOn": null,
         *           "extendedByWorkingDays": 5,
         *           "beyondCode": false,
         *           "pausedWorkingDays": 0,
         *           "pausedSince": null,
         *           "state": "open",
         *           "kind": "stage1_response",
         *           "due": "2026-01-27",
         *           "basis": "10 working days after acknowledgement on 2026-01-06, + 5 working days extension"
         *         }
         *       ],
         *       "nextDue": {
         *         "kind": "stage1_response",
         *         "due": "2026-01-27"
         *       },
         *       "flags": {
         *         "overdue": false,
         *         "acknowledgedLate": false,
         *         "respondedLate": false,
         *         "extendedBeyondCode": false,
         *         "clockPaused": false,
         *         "outsideTwelveMonths": false,
         *         "remediesOverdue": 0
         *       },
         *       "twelveMonth": {
         *         "withinLimit": true,
         *         "limitDate": "2026-12-15"
         *       },
         *       "triage": {
         *         "as": "complaint",
         *         "signpostedTo": null,
         *         "reason": null
         *       },
         *       "acceptance": {
         *         "decision": "accepted",
         *         "exclusionCodes": [],
         *         "explanation": null,
         *         "ombudsmanRightGiven": false,
         *         "outsideTimeLimitReason": null
         *       },
         *       "stage1": {
         *         "acknowledgedAt": "2026-01-06T10:00:00.000Z",
         *         "acknowledgedOn": "2026-01-06",
         *         "acknowledgedLate": false,
         *         "serviceArea": "waste",
         *         "handler": "bob",
         *         "handlers": [
         *           "bob"
         *         ],
         *         "extensions": [
         *           {
         *             "workingDays": 5,
         *             "reason": "Waiting for the crew's round sheets for December",
         *             "toldPersonOn": "2026-01-08",
         *             "ombudsmanDetailsGiven": true,
         *             "goodReason": null,
         *             "beyondCode": false,
         *             "personRefused": false
         *           }
         *         ],
         *         "pauses": [],
         *         "response": null
         *       },
         *       "escalation": null,
         *       "stage2": null,
         *       "remedies": [],
         *       "actions": [],
         *       "ombudsman": null,
         *       "withdrawal": null,
         *       "lastContactOn": "2026-01-08",
         *       "updateDue": false,
         *       "closedOn": null,
         *       "backdated": [
         *         {
         *           "type": "extended",
         *           "occurredAt": "2026-01-08T16:00:00.000Z",
         *           "recordedAt": "2026-01-09T09:15:00.000Z"
         *         }
         *       ],
         *       "linkedCaseId": null,
         *       "createdAt": "2026-01-05T09:00:00.000Z",
         *       "updatedAt": "2026-01-09T09:15:00.000Z"
         *     }
         * @example {
         *       "id": "08416614-fd1f-4ae5-8179-d4bc027d067f",
         *       "reference": "DEMO-2026-000001",
         *       "version": 12,
         *       "status": "stage2_acknowledged",
         *       "kind": "complaint",
         *       "stage": 2,
         *       "channel": "email",
         *       "receivedAt": "2026-01-05T09:00:00.000Z",
         *       "receivedOn": "2026-01-05",
         *       "awareOn": "2025-12-15",
         *       "anonymous": false,
         *       "sensitive": false,
         *       "personalDataHidden": false,
         *       "person": {
         *         "name": "Sam Taylor",
         *         "email": "sam.taylor@example.org",
         *         "preferredContactMethod": "email"
         *       },
         *       "representative": null,
         *       "summary": "Garden waste not collected for a month, and calls about it not returned",
         *       "desiredOutcome": "Collections restarted and a refund for the missed month",
         *       "adjustmentsReviewOn": null,
         *       "relatedIssues": [],
         *       "serviceAreas": [
         *         "waste"
         *       ],
         *       "categories": [
         *         "missed collection"
         *       ],
         *       "crmReference": "CXM-4711",
         *       "policy": {
         *         "id": "lgsco-2024",
         *         "version": 0
         *       },
         *       "leadServiceArea": "waste",
         *       "handler": "bob",
         *       "stage2Handler": "carol",
         *       "deadlines": [
         *         {
         *           "provisional": false,
         *           "projected": false,
         *           "doneOn": "2026-01-06",
         *           "extendedByWorkingDays": 0,
         *           "beyondCode": false,
         *           "pausedWorkingDays": 0,
         *           "pausedSince": null,
         *           "state": "met",
         *           "kind": "stage1_acknowledgement",
         *           "due": "2026-01-12",
         *           "basis": "5 working days after receipt on 2026-01-05"
         *         },
         *         {
         *           "provisional": false,
         *           "projected": false,
         *           "doneOn": "2026-01-16",
         *           "extendedByWorkingDays": 5,
         *           "beyondCode": false,
         *           "pausedWorkingDays": 0,
         *           "pausedSince": null,
         *           "state": "met",
         *           "kind": "stage1_response",
         *           "due": "2026-01-27",
         *           "basis": "10 working days after acknowledgement on 2026-01-06, + 5 working days extension"
         *         },
         *         {
         *           "provisional": false,
         *           "projected": false,
         *           "doneOn": "2026-01-27",
         *           "extendedByWorkingDays": 0,
         *           "beyondCode": false,
         *           "pausedWorkingDays": 0,
         *           "pausedSince": null,
         *           "state": "met",
         *           "kind": "stage2_acknowledgement",
         *           "due": "2026-02-02",
         *           "basis": "5 working days after the escalation request on 2026-01-26"
         *         },
         *         {
         *           "provisional": false,
         *           "projected": false,
         *           "doneOn": null,
         *           "extendedByWorkingDays": 0,
         *           "beyondCode": false,
         *           "pausedWorkingDays": 0,
         *           "pausedSince": null,
         *           "state": "open",
         *           "kind": "stage2_response",
         *           "due": "2026-02-24",
         *           "basis": "20 working days after acknowledgement on 2026-01-27"
         *         }
         *       ],
         *       "nextDue": {
         *         "kind": "stage2_response",
         *         "due": "2026-02-24"
         *       },
         *       "flags": {
         *         "overdue": false,
         *         "acknowledgedLate": false,
         *         "respondedLate": false,
         *         "extendedBeyondCode": false,
         *         "clockPaused": false,
         *         "outsideTwelveMonths": false,
         *         "remediesOverdue": 0
         *       },
         *       "twelveMonth": {
         *         "withinLimit": true,
         *         "limitDate": "2026-12-15"
         *       },
         *       "triage": {
         *         "as": "complaint",
         *         "signpostedTo": null,
         *         "reason": null
         *       },
         *       "acceptance": {
         *         "decision": "accepted",
         *         "exclusionCodes": [],
         *         "explanation": null,
         *         "ombudsmanRightGiven": false,
         *         "outsideTimeLimitReason": null
         *       },
         *       "stage1": {
         *         "acknowledgedAt": "2026-01-06T10:00:00.000Z",
         *         "acknowledgedOn": "2026-01-06",
         *         "acknowledgedLate": false,
         *         "serviceArea": "waste",
         *         "handler": "bob",
         *         "handlers": [
         *           "bob"
         *         ],
         *         "extensions": [
         *           {
         *             "workingDays": 5,
         *             "reason": "Waiting for the crew's round sheets for December",
         *             "toldPersonOn": "2026-01-08",
         *             "ombudsmanDetailsGiven": true,
         *             "goodReason": null,
         *             "beyondCode": false,
         *             "personRefused": false
         *           }
         *         ],
         *         "pauses": [],
         *         "response": {
         *           "respondedAt": "2026-01-16T15:00:00.000Z",
         *           "respondedOn": "2026-01-16",
         *           "by": "bob",
         *           "dueOn": "2026-01-27",
         *           "late": false,
         *           "findings": [
         *             {
         *               "aspect": "missed collections",
         *               "finding": "upheld"
         *             },
         *             {
         *               "aspect": "calls not returned",
         *               "finding": "upheld"
         *             }
         *           ],
         *           "outcome": "upheld",
         *           "detailedOutcome": "upheld",
         *           "agreesWithStage1": null,
         *           "content": {
         *             "stage": 1,
         *             "complaintDefinition": "Garden waste was not collected from 14 Elm Road for a month, and calls about it were not returned",
         *             "findings": [
         *               {
         *                 "aspect": "missed collections",
         *                 "finding": "upheld"
         *               },
         *               {
         *                 "aspect": "calls not returned",
         *                 "finding": "upheld"
         *               }
         *             ],
         *             "reasons": "The round was re-planned in December without Elm Road on it, and the messages went to a shared inbox nobody read",
         *             "remedies": [
         *               {
         *                 "type": "apology",
         *                 "description": "A written apology for the missed collections",
         *                 "dueDate": "2026-01-30"
         *               },
         *               {
         *                 "type": "financial",
         *                 "description": "A refund of January's garden waste charge",
         *                 "dueDate": "2026-01-30",
         *                 "amountPence": 425
         *               }
         *             ],
         *             "outstandingActions": [
         *               {
         *                 "description": "Put the road back on the garden waste round sheet",
         *                 "dueDate": "2026-01-23"
         *               }
         *             ],
         *             "howToEscalate": "If you are not satisfied, reply to this letter or use the form at www.demo.gov.uk/complaints to ask for a stage 2 review"
         *           },
         *           "escalationWindowEndsOn": null
         *         }
         *       },
         *       "escalation": {
         *         "requestedAt": "2026-01-26T11:00:00.000Z",
         *         "requestedOn": "2026-01-26",
         *         "channel": "web_form",
         *         "reason": "The refund does not cover the trips I made to the tip with the waste",
         *         "withinWindow": true,
         *         "windowEndsOn": null,
         *         "decision": null
         *       },
         *       "stage2": {
         *         "acknowledgedAt": "2026-01-27T09:30:00.000Z",
         *         "acknowledgedOn": "2026-01-27",
         *         "acknowledgedLate": false,
         *         "serviceArea": null,
         *         "handler": "carol",
         *         "handlers": [
         *           "carol"
         *         ],
         *         "extensions": [],
         *         "pauses": [],
         *         "response": null
         *       },
         *       "remedies": [
         *         {
         *           "source": "stage1",
         *           "status": "done",
         *           "completedOn": "2026-01-20",
         *           "undeliverableReason": null,
         *           "alternative": null,
         *           "overdue": false,
         *           "type": "apology",
         *           "description": "A written apology for the missed collections",
         *           "dueDate": "2026-01-30",
         *           "id": "s1-r1"
         *         },
         *         {
         *           "source": "stage1",
         *           "status": "done",
         *           "completedOn": "2026-01-28",
         *           "undeliverableReason": null,
         *           "alternative": null,
         *           "overdue": false,
         *           "type": "financial",
         *           "description": "A refund of January's garden waste charge",
         *           "dueDate": "2026-01-30",
         *           "amountPence": 425,
         *           "id": "s1-r2"
         *         }
         *       ],
         *       "actions": [
         *         {
         *           "description": "Put the road back on the garden waste round sheet",
         *           "dueDate": "2026-01-23",
         *           "id": "s1-a1",
         *           "source": "stage1",
         *           "completedOn": "2026-01-21"
         *         }
         *       ],
         *       "ombudsman": null,
         *       "withdrawal": null,
         *       "lastContactOn": "2026-01-28",
         *       "updateDue": false,
         *       "closedOn": null,
         *       "backdated": [
         *         {
         *           "type": "extended",
         *           "occurredAt": "2026-01-08T16:00:00.000Z",
         *           "recordedAt": "2026-01-09T09:15:00.000Z"
         *         }
         *       ],
         *       "linkedCaseId": null,
         *       "createdAt": "2026-01-05T09:00:00.000Z",
         *       "updatedAt": "2026-01-28T14:00:00.000Z"
         *     }
         */
        Case: {
            /**
             * Format: uuid
             * @description The case id.
             */
            id: string;
            /** @description The council's human reference, e.g. WOD-2026-000123. */
            reference: string;
            /**
             * Format: int64
             * @description Version for optimistic concurrency; also the ETag. Send it back as If-Match.
             */
            version: number;
            /**
             * @description Where the case is: received; triaged as service_request, signposted or triaged_complaint; refused or stage1_acknowledged (accepted); stage1_responded; escalation_pending_decision (outside the window) or escalation_requested; escalation_refused or final_at_stage1; stage2_acknowledged; stage2_responded (the council's final response); withdrawn; closed.
             * @enum {string}
             */
            status: "received" | "service_request" | "signposted" | "triaged_complaint" | "refused" | "stage1_acknowledged" | "stage1_responded" | "escalation_pending_decision" | "escalation_requested" | "escalation_refused" | "final_at_stage1" | "stage2_acknowledged" | "stage2_responded" | "withdrawn" | "closed";
            /** @description What triage decided; null until triaged. */
            kind: ("complaint" | "service_request" | "signposted") | null;
            /**
             * Format: int32
             * @description The internal stage the case is at.
             */
            stage: number;
            /**
             * @description How the complaint or request reached the council; a complaint may be made in any way (Code 1.5).
             * @enum {string}
             */
            channel: "web_form" | "email" | "phone" | "letter" | "in_person" | "social_media" | "councillor" | "mp" | "crm" | "other";
            /**
             * Format: date-time
             * @description When it reached the council.
             */
            receivedAt: string;
            /**
             * Format: date
             * @description Its Europe/London date, from which the Code counts.
             */
            receivedOn: string;
            /** @description When the person became aware of the issue. */
            awareOn: string | null;
            /** @description Made anonymously. */
            anonymous: boolean;
            /** @description Flagged sensitive. */
            sensitive: boolean;
            /** @description Personal data withheld from this caller (a sensitive case they are not assigned to). */
            personalDataHidden: boolean;
            /** @description The person; null when anonymous or hidden. */
            person: components["schemas"]["Person"] | null;
            /** @description The representative, if any; null when hidden. */
            representative: components["schemas"]["Representative"] | null;
            /** @description What the complaint is about; null when hidden. */
            summary: string | null;
            /** @description What the person wants; null when hidden or not given. */
            desiredOutcome: string | null;
            /** @description When the reasonable adjustments are next reviewed (Code 5.6); null when none or hidden. */
            adjustmentsReviewOn: string | null;
            /** @description Further issues raised before the stage 1 response and added to this case. */
            relatedIssues: {
                /** @description The issue; null when hidden. */
                summary: string | null;
                /**
                 * Format: date-time
                 * @description When it was added.
                 */
                addedAt: string;
            }[];
            /** @description Service areas concerned. */
            serviceAreas: string[];
            /** @description Categories, for reporting. */
            categories: string[];
            /** @description The CRM's own reference. */
            crmReference: string | null;
            /** @description The policy the case runs under: the version in force when it started. */
            policy: components["schemas"]["PolicyReference"];
            /** @description Lead service area. */
            leadServiceArea: string | null;
            /** @description Stage 1 handler. */
            handler: string | null;
            /** @description Stage 2 reviewer. */
            stage2Handler: string | null;
            /** @description Every deadline the case has now. */
            deadlines: components["schemas"]["CaseDeadline"][];
            /** @description The next council deadline; null when none is open. */
            nextDue: components["schemas"]["NextDeadline"] | null;
            /** @description What needs attention on the case. */
            flags: components["schemas"]["CaseFlags"];
            /** @description 12-month test at intake; null without an awareness date. */
            twelveMonth: {
                withinLimit: boolean;
                /**
                 * Format: date
                 * @description A calendar date (YYYY-MM-DD) in the years 1900-2200, read as a date in Europe/London.
                 * @example 2025-12-19
                 */
                limitDate: string;
            } | null;
            /** @description Triage decision. */
            triage: {
                /**
                 * @description Triage decision: a complaint (Code 1.4), a service request (1.2), or signposted to another body or statutory process.
                 * @enum {string}
                 */
                as: "complaint" | "service_request" | "signposted";
                /** @description Where to. */
                signpostedTo: string | null;
                /** @description Why. */
                reason: string | null;
            } | null;
            /** @description Acceptance or refusal at acknowledgement. */
            acceptance: {
                /** @enum {string} */
                decision: "accepted" | "refused";
                exclusionCodes: string[];
                /** @description Refusal explanation. */
                explanation: string | null;
                ombudsmanRightGiven: boolean;
                /** @description Why accepted outside the time limit. */
                outsideTimeLimitReason: string | null;
            } | null;
            /** @description One internal stage of the complaint. */
            stage1: components["schemas"]["CaseStage"];
            /** @description The escalation request, if any. */
            escalation: {
                /**
                 * Format: date-time
                 * @description When the person asked.
                 */
                requestedAt: string;
                /**
                 * Format: date
                 * @description Its Europe/London date.
                 */
                requestedOn: string;
                /**
                 * @description How the complaint or request reached the council; a complaint may be made in any way (Code 1.5).
                 * @enum {string}
                 */
                channel: "web_form" | "email" | "phone" | "letter" | "in_person" | "social_media" | "councillor" | "mp" | "crm" | "other";
                /** @description Their reason, if they gave one. */
                reason: string | null;
                /** @description Inside the policy's window. */
                withinWindow: boolean;
                /** @description End of the window. */
                windowEndsOn: string | null;
                /** @description Decision on an escalation outside the window. */
                decision: {
                    /**
                     * @description accept the escalation; refuse it naming catalogue entries (Code 5.7); or, where the policy allows and no reason was given, make the stage 1 response final.
                     * @enum {string}
                     */
                    decision: "accept" | "refuse" | "final_at_stage1";
                    /** @description Reason. */
                    reason: string | null;
                    exclusionCodes: string[];
                    /** @description Explanation. */
                    explanation: string | null;
                    /**
                     * Format: date
                     * @description When decided.
                     */
                    decidedOn: string;
                } | null;
            } | null;
            /** @description Stage 2, once escalated. */
            stage2: components["schemas"]["CaseStage"] | null;
            /** @description Remedies offered or recommended, followed to completion. */
            remedies: components["schemas"]["Remedy"][];
            /** @description Outstanding actions promised in responses. */
            actions: components["schemas"]["OutstandingAction"][];
            /** @description The Ombudsman's involvement. */
            ombudsman: {
                /**
                 * Format: date
                 * @description When referred.
                 */
                referredOn: string;
                /** @description The Ombudsman's reference. */
                reference: string;
                /** @description Its decision, beside the council's outcome. */
                decision: ("upheld_fault" | "no_fault" | "not_investigated" | "closed_after_initial_enquiries") | null;
                /** @description When decided. */
                decidedOn: string | null;
            } | null;
            /** @description Withdrawal by the person. */
            withdrawal: {
                /**
                 * Format: date
                 * @description When.
                 */
                withdrawnOn: string;
                /** @description How. */
                how: string;
            } | null;
            /**
             * Format: date
             * @description The last day of correspondence either way (the day of receipt when none), as in the work queue.
             */
            lastContactOn: string;
            /** @description An open case with no contact for more than the policy's `updateEveryWorkingDays` (default 10) working days ("update due"). */
            updateDue: boolean;
            /** @description The day the case closed, whenever it reads as closed: the recorded closure, the stage 2 (final) response, or the last day of an unused escalation window. Null while it does not read as closed. */
            closedOn: string | null;
            /** @description Actions recorded after they happened (sent with occurredAt), oldest first; the stage dates above are when they happened. */
            backdated: components["schemas"]["BackdatedAction"][];
            /** @description An earlier case about the same matter. */
            linkedCaseId: string | null;
            /**
             * Format: date-time
             * @description When the record was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When the record last changed.
             */
            updatedAt: string;
        };
        /**
         * CaseDeadline
         * @description A deadline the case has now, with its explanation and whether it was met.
         * @example {
         *       "provisional": false,
         *       "projected": false,
         *       "doneOn": "2026-01-06",
         *       "extendedByWorkingDays": 0,
         *       "beyondCode": false,
         *       "pausedWorkingDays": 0,
         *       "pausedSince": null,
         *       "state": "met",
         *       "kind": "stage1_acknowledgement",
         *       "due": "2026-01-12",
         *       "basis": "5 working days after receipt on 2026-01-05"
         *     }
         * @example {
         *       "provisional": false,
         *       "projected": false,
         *       "doneOn": null,
         *       "extendedByWorkingDays": 5,
         *       "beyondCode": false,
         *       "pausedWorkingDays": 0,
         *       "pausedSince": null,
         *       "state": "open",
         *       "kind": "stage1_response",
         *       "due": "2026-01-27",
         *       "basis": "10 working days after acknowledgement on 2026-01-06, + 5 working days extension"
         *     }
         */
        CaseDeadline: {
            /**
             * @description Which duty the deadline is for. escalation_window is the person's, not the council's: the last day to escalate normally.
             * @enum {string}
             */
            kind: "stage1_acknowledgement" | "stage1_response" | "escalation_window" | "stage2_acknowledgement" | "stage2_response";
            /**
             * Format: date
             * @description A calendar date (YYYY-MM-DD) in the years 1900-2200, read as a date in Europe/London.
             * @example 2025-12-19
             */
            due: string;
            /** @description In words, what the date counts from and how, e.g. "5 working days after receipt on 2025-12-19". */
            basis: string;
            /** @description True when the count relies on projected bank holidays (past the official GOV.UK data). */
            provisional: boolean;
            /** @description True when the anchor event has not happened yet and its own due date stands in for it. */
            projected: boolean;
            /** @description London date of the event that met the duty, or null while open. */
            doneOn: string | null;
            /**
             * Format: int64
             * @description Total working days added by extensions.
             */
            extendedByWorkingDays: number;
            /** @description True when extensions exceed the policy's cap (allowed with a recorded good reason). */
            beyondCode: boolean;
            /**
             * Format: int64
             * @description Working days the clock was paused (closed pauses), added to the due date.
             */
            pausedWorkingDays: number;
            /** @description Start of a pause still running: the due date will move when it ends. */
            pausedSince: string | null;
            /**
             * @description met / late once the event happened (by its London date against due); open / overdue while it has not.
             * @enum {string}
             */
            state: "met" | "late" | "open" | "overdue";
        };
        /**
         * CaseFlags
         * @description What needs attention on the case.
         * @example {
         *       "overdue": false,
         *       "acknowledgedLate": false,
         *       "respondedLate": false,
         *       "extendedBeyondCode": false,
         *       "clockPaused": false,
         *       "outsideTwelveMonths": false,
         *       "remediesOverdue": 0
         *     }
         * @example {
         *       "overdue": true,
         *       "acknowledgedLate": false,
         *       "respondedLate": true,
         *       "extendedBeyondCode": false,
         *       "clockPaused": false,
         *       "outsideTwelveMonths": false,
         *       "remediesOverdue": 1
         *     }
         */
        CaseFlags: {
            /** @description A council deadline has passed without the step being taken. */
            overdue: boolean;
            /** @description A stage was acknowledged late. */
            acknowledgedLate: boolean;
            /** @description A response was sent late. */
            respondedLate: boolean;
            /** @description An extension went over the policy's cap. */
            extendedBeyondCode: boolean;
            /** @description The clock is paused now. */
            clockPaused: boolean;
            /** @description Raised more than 12 months after the person became aware (Code 2.2). */
            outsideTwelveMonths: boolean;
            /**
             * Format: int64
             * @description Open remedies past their due date.
             */
            remediesOverdue: number;
        };
        /**
         * Caseload
         * @description Who holds the open cases now: each holder's figures, the unassigned cases and the total.
         * @example {
         *       "asAt": "2026-03-09",
         *       "dueSoonBy": "2026-03-16",
         *       "total": {
         *         "open": 3,
         *         "stage1": 3,
         *         "stage2": 0,
         *         "overdue": 0,
         *         "dueWithin5WorkingDays": 3,
         *         "correspondenceGaps": 0,
         *         "nextDueOn": "2026-03-16"
         *       },
         *       "unassigned": {
         *         "open": 1,
         *         "stage1": 1,
         *         "stage2": 0,
         *         "overdue": 0,
         *         "dueWithin5WorkingDays": 1,
         *         "correspondenceGaps": 0,
         *         "nextDueOn": "2026-03-16"
         *       },
         *       "holders": [
         *         {
         *           "subject": "bob",
         *           "displayName": "Bob Barker",
         *           "active": true,
         *           "open": 2,
         *           "stage1": 2,
         *           "stage2": 0,
         *           "overdue": 0,
         *           "dueWithin5WorkingDays": 2,
         *           "correspondenceGaps": 0,
         *           "nextDueOn": "2026-03-16"
         *         }
         *       ]
         *     }
         */
        Caseload: {
            /**
             * Format: date
             * @description The London date the figures are as at.
             */
            asAt: string;
            /**
             * Format: date
             * @description The last day counted in `dueWithin5WorkingDays` (5 working days after `asAt`, the council's calendar).
             */
            dueSoonBy: string;
            /** @description Open cases awaiting a council duty now, counted as the performance report's open caseload. */
            total: components["schemas"]["CaseloadFigures"];
            /** @description Open cases awaiting a council duty now, counted as the performance report's open caseload. */
            unassigned: components["schemas"]["CaseloadFigures"];
            /** @description Everyone holding open cases, most overdue first, then most open, then by subject. The holders' figures and `unassigned` add up to `total`. */
            holders: components["schemas"]["HolderCaseload"][];
        };
        /**
         * CaseloadFigures
         * @description Open cases awaiting a council duty now, counted as the performance report's open caseload.
         * @example {
         *       "open": 3,
         *       "stage1": 3,
         *       "stage2": 0,
         *       "overdue": 0,
         *       "dueWithin5WorkingDays": 3,
         *       "correspondenceGaps": 0,
         *       "nextDueOn": "2026-03-16"
         *     }
         */
        CaseloadFigures: {
            /**
             * Format: int64
             * @description Cases awaiting a council duty now (an acknowledgement or a response).
             */
            open: number;
            /**
             * Format: int64
             * @description Of which at stage 1.
             */
            stage1: number;
            /**
             * Format: int64
             * @description Of which at stage 2.
             */
            stage2: number;
            /**
             * Format: int64
             * @description Of which the duty's due date has passed.
             */
            overdue: number;
            /**
             * Format: int64
             * @description Of which due today or within the next 5 working days.
             */
            dueWithin5WorkingDays: number;
            /**
             * Format: int64
             * @description Of which a duty (acknowledgement, extension, response) was done with no letter to the person recorded for it.
             */
            correspondenceGaps: number;
            /** @description The earliest due date among these cases (the most pressing duty); null when there are none. */
            nextDueOn: string | null;
        };
        /**
         * @description A page of the work queue: the cases matching the filters, in the order asked for, and the cursor of the next page.
         * @example {
         *       "items": [
         *         {
         *           "id": "08416614-fd1f-4ae5-8179-d4bc027d067f",
         *           "reference": "DEMO-2026-000001",
         *           "version": 5,
         *           "status": "stage1_acknowledged",
         *           "kind": "complaint",
         *           "stage": 1,
         *           "channel": "email",
         *           "receivedAt": "2026-01-05T09:00:00.000Z",
         *           "sensitive": false,
         *           "serviceAreas": [
         *             "waste"
         *           ],
         *           "leadServiceArea": "waste",
         *           "handler": "bob",
         *           "stage2Handler": null,
         *           "handlerName": "Bob Barker",
         *           "stage2HandlerName": null,
         *           "nextDue": {
         *             "kind": "stage1_response",
         *             "due": "2026-01-27"
         *           },
         *           "overdue": false,
         *           "openRemedies": 0,
         *           "nextRemedyDueOn": null,
         *           "adjustmentsReviewDue": false,
         *           "updatedAt": "2026-01-09T09:15:00.000Z",
         *           "updateDue": false,
         *           "correspondenceGap": false
         *         }
         *       ],
         *       "nextCursor": null
         *     }
         */
        CaseQueuePage: {
            items: components["schemas"]["CaseSummary"][];
            /** @description Pass as `cursor` for the next page; null on the last. */
            nextCursor: string | null;
        };
        /**
         * CaseStage
         * @description One internal stage of the complaint (stage 1 or stage 2): acknowledgement, handlers, extensions, pauses and the response.
         * @example {
         *       "acknowledgedAt": "2026-01-06T10:00:00.000Z",
         *       "acknowledgedOn": "2026-01-06",
         *       "acknowledgedLate": false,
         *       "serviceArea": "waste",
         *       "handler": "bob",
         *       "handlers": [
         *         "bob"
         *       ],
         *       "extensions": [
         *         {
         *           "workingDays": 5,
         *           "reason": "Waiting for the crew's round sheets for December",
         *           "toldPersonOn": "2026-01-08",
         *           "ombudsmanDetailsGiven": true,
         *           "goodReason": null,
         *           "beyondCode": false,
         *           "personRefused": false
         *         }
         *       ],
         *       "pauses": [],
         *       "response": null
         *     }
         * @example {
         *       "acknowledgedAt": "2026-01-27T09:30:00.000Z",
         *       "acknowledgedOn": "2026-01-27",
         *       "acknowledgedLate": false,
         *       "serviceArea": null,
         *       "handler": "carol",
         *       "handlers": [
         *         "carol"
         *       ],
         *       "extensions": [],
         *       "pauses": [],
         *       "response": null
         *     }
         */
        CaseStage: {
            /** @description When the stage was acknowledged. */
            acknowledgedAt: string | null;
            /** @description Its Europe/London date. */
            acknowledgedOn: string | null;
            /** @description Acknowledged after the due date. */
            acknowledgedLate: boolean | null;
            /** @description Lead service area. */
            serviceArea: string | null;
            /** @description Current handler (subject). */
            handler: string | null;
            /** @description Everyone assigned at this stage. */
            handlers: string[];
            /** @description Extensions, in order. */
            extensions: components["schemas"]["Extension"][];
            /** @description Pauses of the clock, reported, never hidden. */
            pauses: components["schemas"]["Pause"][];
            /** @description The response, once sent. */
            response: components["schemas"]["StageResponse"] | null;
        };
        /**
         * CaseSummary
         * @description A case in a work queue (no personal data).
         * @example {
         *       "id": "08416614-fd1f-4ae5-8179-d4bc027d067f",
         *       "reference": "DEMO-2026-000001",
         *       "version": 5,
         *       "status": "stage1_acknowledged",
         *       "kind": "complaint",
         *       "stage": 1,
         *       "channel": "email",
         *       "receivedAt": "2026-01-05T09:00:00.000Z",
         *       "sensitive": false,
         *       "serviceAreas": [
         *         "waste"
         *       ],
         *       "leadServiceArea": "waste",
         *       "handler": "bob",
         *       "stage2Handler": null,
         *       "handlerName": "Bob Barker",
         *       "stage2HandlerName": null,
         *       "nextDue": {
         *         "kind": "stage1_response",
         *         "due": "2026-01-27"
         *       },
         *       "overdue": false,
         *       "openRemedies": 0,
         *       "nextRemedyDueOn": null,
         *       "adjustmentsReviewDue": false,
         *       "updatedAt": "2026-01-09T09:15:00.000Z",
         *       "updateDue": false,
         *       "correspondenceGap": false
         *     }
         */
        CaseSummary: {
            /**
             * Format: uuid
             * @description The case id.
             */
            id: string;
            /** @description Human reference. */
            reference: string;
            /**
             * Format: int64
             * @description Current version.
             */
            version: number;
            /**
             * @description Where the case is: received; triaged as service_request, signposted or triaged_complaint; refused or stage1_acknowledged (accepted); stage1_responded; escalation_pending_decision (outside the window) or escalation_requested; escalation_refused or final_at_stage1; stage2_acknowledged; stage2_responded (the council's final response); withdrawn; closed.
             * @enum {string}
             */
            status: "received" | "service_request" | "signposted" | "triaged_complaint" | "refused" | "stage1_acknowledged" | "stage1_responded" | "escalation_pending_decision" | "escalation_requested" | "escalation_refused" | "final_at_stage1" | "stage2_acknowledged" | "stage2_responded" | "withdrawn" | "closed";
            /** @description Triage decision. */
            kind: ("complaint" | "service_request" | "signposted") | null;
            /**
             * Format: int64
             * @description Internal stage.
             */
            stage: number;
            /**
             * @description How the complaint or request reached the council; a complaint may be made in any way (Code 1.5).
             * @enum {string}
             */
            channel: "web_form" | "email" | "phone" | "letter" | "in_person" | "social_media" | "councillor" | "mp" | "crm" | "other";
            /**
             * Format: date-time
             * @description When received.
             */
            receivedAt: string;
            /** @description Flagged sensitive. */
            sensitive: boolean;
            /** @description Service areas. */
            serviceAreas: string[];
            /** @description Lead service area. */
            leadServiceArea: string | null;
            /** @description Stage 1 handler. */
            handler: string | null;
            /** @description Stage 2 reviewer. */
            stage2Handler: string | null;
            /** @description Display name of the stage 1 handler, from the council's staff; null when not registered. */
            handlerName?: string | null;
            /** @description Display name of the stage 2 reviewer, from the council's staff; null when not registered. */
            stage2HandlerName?: string | null;
            /** @description Next council deadline. */
            nextDue: components["schemas"]["NextDeadline"] | null;
            /** @description The next deadline has passed. */
            overdue: boolean;
            /**
             * Format: int64
             * @description Remedies not yet delivered.
             */
            openRemedies: number;
            /** @description Earliest due date of an open remedy. */
            nextRemedyDueOn: string | null;
            /** @description The reasonable adjustments are due for review (Code 5.6): their review date is today or past. */
            adjustmentsReviewDue: boolean;
            /**
             * Format: date-time
             * @description When the case last changed (what `sort=updated` and `updatedSince` go by).
             */
            updatedAt: string;
            /** @description In the work queue: an open case with no contact for more than its own policy's `updateEveryWorkingDays` (default 10) working days ("update due"), as the case answers it. */
            updateDue?: boolean;
            /** @description In the work queue: a duty to tell the person done (acknowledgement, extension, response) with no outgoing correspondence recorded for it (the `gaps` of the case's correspondence log). */
            correspondenceGap?: boolean;
        };
        /**
         * @description A case's history, oldest first: every action, amendment, correction and letter recorded.
         * @example {
         *       "items": [
         *         {
         *           "actor": "alice",
         *           "occurredAt": "2026-01-05T09:00:00.000Z",
         *           "recordedAt": "2026-01-05T09:00:00.000Z",
         *           "sequence": 1,
         *           "type": "case_received",
         *           "data": {
         *             "channel": "email",
         *             "receivedAt": "2026-01-05T09:00:00.000Z",
         *             "receivedOn": "2026-01-05",
         *             "awareOn": "2025-12-15",
         *             "anonymous": false,
         *             "sensitive": false,
         *             "policyId": "lgsco-2024",
         *             "policyVersion": "0",
         *             "twelveMonth": {
         *               "withinLimit": true,
         *               "limitDate": "2026-12-15"
         *             }
         *           }
         *         },
         *         {
         *           "actor": "alice",
         *           "occurredAt": "2026-01-06T10:00:00.000Z",
         *           "recordedAt": "2026-01-06T10:00:00.000Z",
         *           "sequence": 2,
         *           "type": "triaged",
         *           "data": {
         *             "as": "complaint",
         *             "reason": null,
         *             "signpostedTo": null
         *           }
         *         },
         *         {
         *           "actor": "bob",
         *           "occurredAt": "2026-01-08T16:00:00.000Z",
         *           "recordedAt": "2026-01-09T09:15:00.000Z",
         *           "sequence": 5,
         *           "type": "extended",
         *           "data": {
         *             "stage": 1,
         *             "workingDays": 5,
         *             "reason": "Waiting for the crew's round sheets for December",
         *             "toldPersonOn": "2026-01-08",
         *             "ombudsmanDetailsGiven": true
         *           }
         *         }
         *       ]
         *     }
         */
        CaseTimeline: {
            items: components["schemas"]["TimelineEntry"][];
        };
        /**
         * @description How many contacts came in during the period and what became of them at triage and acknowledgement.
         * @example {
         *       "received": 48,
         *       "complaints": 40,
         *       "serviceRequests": 5,
         *       "signposted": 2,
         *       "untriaged": 1,
         *       "accepted": 36,
         *       "refused": 3,
         *       "withdrawn": 1,
         *       "refusedByCatalogueEntry": [
         *         {
         *           "code": "over_time_limit",
         *           "count": 2
         *         },
         *         {
         *           "code": "legal_action_started",
         *           "count": 1
         *         }
         *       ]
         *     }
         */
        CaseVolumes: {
            /**
             * Format: int64
             * @description Contacts received in the period (received date in [from, to]); the other volumes count what these became.
             */
            received: number;
            /**
             * Format: int64
             * @description Triaged as complaints.
             */
            complaints: number;
            /**
             * Format: int64
             * @description Triaged as service requests.
             */
            serviceRequests: number;
            /**
             * Format: int64
             * @description Signposted elsewhere.
             */
            signposted: number;
            /**
             * Format: int64
             * @description Not yet triaged.
             */
            untriaged: number;
            /**
             * Format: int64
             * @description Accepted at acknowledgement.
             */
            accepted: number;
            /**
             * Format: int64
             * @description Refused at acknowledgement under the catalogue.
             */
            refused: number;
            /**
             * Format: int64
             * @description Withdrawn by the person.
             */
            withdrawn: number;
            /** @description Refusals by catalogue entry; a refusal naming two entries counts under each. */
            refusedByCatalogueEntry: components["schemas"]["RefusalsByExclusion"][];
        };
        /**
         * @description Pause the response clock (only where the policy allows).
         * @example {
         *       "reason": "Waiting for the person to send photos of the bin"
         *     }
         */
        ClockPause: {
            /** @description Why the clock is paused. */
            reason: string;
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * @description A remedy or an outstanding action done: the date it was, and when the action was recorded as happening.
         * @example {
         *       "completedOn": "2026-01-20"
         *     }
         */
        Completion: {
            /**
             * Format: date
             * @description A calendar date (YYYY-MM-DD) in the years 1900-2200, read as a date in Europe/London.
             * @example 2025-12-19
             */
            completedOn: string;
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * @description An action to reach or keep compliance.
         * @example {
         *       "text": "Publish the complaints policy in easy read and large print",
         *       "dueOn": "2026-06-30"
         *     }
         */
        ComplianceAction: {
            /** @description What the council will do. */
            text: string;
            /** @description By when; null if not yet set. */
            dueOn: string | null;
        };
        /**
         * @description The recorded consent that lets the representative act; responses still go to the person.
         * @example {
         *       "basis": "written_consent",
         *       "recordedOn": "2026-01-06"
         *     }
         */
        Consent: {
            /**
             * @description The person's consent, or the authority to act without it (Mental Capacity Act 2005).
             * @enum {string}
             */
            basis: "written_consent" | "verbal_consent" | "mental_capacity_best_interests" | "lasting_power_of_attorney";
            /**
             * Format: date
             * @description A calendar date (YYYY-MM-DD) in the years 1900-2200, read as a date in Europe/London.
             * @example 2025-12-19
             */
            recordedOn: string;
        };
        /**
         * Correction
         * @description A correction of a mistaken action, recorded with its reason.
         * @example {
         *       "sequence": 5,
         *       "reason": "The extension was told to the person on 7 January, not 8",
         *       "redateTo": "2026-01-07T16:00:00Z"
         *     }
         */
        Correction: {
            /**
             * Format: int32
             * @description The timeline `sequence` of the action to correct (the case's latest action still standing), or of a `correspondence_recorded` entry (any).
             */
            sequence: number;
            /** @description Why the record was wrong (e.g. "acknowledgement recorded on the wrong case"). */
            reason: string;
            /**
             * Format: date-time
             * @description When it really happened; never in the future nor before the event it follows. Left out, the action is struck out.
             */
            redateTo?: string;
        };
        /**
         * CorrespondenceEntry
         * @description An entry of a case's correspondence log.
         * @example {
         *       "id": "71f4ab83-9991-42a3-a7fd-10f9d5151332",
         *       "direction": "out",
         *       "channel": "email",
         *       "occurredAt": "2026-01-06T10:05:00.000Z",
         *       "stage": 1,
         *       "party": "the person",
         *       "summary": "Acknowledgement: complaint accepted, response due by 20 January",
         *       "duties": [
         *         "stage1_acknowledgement"
         *       ],
         *       "ombudsmanDetailsGiven": false,
         *       "recordedBy": "alice",
         *       "recordedAt": "2026-01-06T10:10:00.000Z",
         *       "struckOut": false,
         *       "correction": null
         *     }
         */
        CorrespondenceEntry: {
            /**
             * Format: uuid
             * @description The entry.
             */
            id: string;
            /** @description `in` or `out`. */
            direction: string;
            /** @description How. */
            channel: string;
            /**
             * Format: date-time
             * @description When it happened.
             */
            occurredAt: string;
            /**
             * Format: int64
             * @description Stage.
             */
            stage: number;
            /** @description Who; null when personal data is hidden from you. */
            party: string | null;
            /** @description What was said; null when personal data is hidden from you. */
            summary: string | null;
            /** @description Duties it served. */
            duties: string[];
            /** @description Whether it gave the Ombudsman's details. */
            ombudsmanDetailsGiven: boolean;
            /** @description Who recorded it. */
            recordedBy: string;
            /**
             * Format: date-time
             * @description When it was recorded.
             */
            recordedAt: string;
            /** @description Struck out by a correction (recorded in error): kept in the log, but evidence of no duty and no contact. */
            struckOut: boolean;
            /** @description The latest correction of the entry (`POST /v1/complaints/{id}/corrections` with the sequence of its `correspondence_recorded` event); null if never corrected. */
            correction: {
                /**
                 * Format: date-time
                 * @description When the latest correction was recorded.
                 */
                at: string;
                /** @description Who recorded it. */
                by: string;
                /** @description Why the entry was wrong. */
                reason: string;
                /** @description A redated entry: when it first said it happened; null if it was struck out without being redated. */
                firstOccurredAt: string | null;
            } | null;
        };
        /**
         * CorrespondenceInput
         * @description A letter, email, call or meeting to record on the case.
         * @example {
         *       "direction": "out",
         *       "channel": "email",
         *       "occurredAt": "2026-01-06T10:05:00Z",
         *       "party": "the person",
         *       "summary": "Acknowledgement: complaint accepted, response due by 20 January",
         *       "duties": [
         *         "stage1_acknowledgement"
         *       ]
         *     }
         */
        CorrespondenceInput: {
            /**
             * @description `out`: from the council; `in`: from the person or their representative.
             * @enum {string}
             */
            direction: "in" | "out";
            /**
             * @description How.
             * @enum {string}
             */
            channel: "letter" | "email" | "phone" | "meeting" | "text_message" | "in_person";
            /**
             * Format: date-time
             * @description When it was sent, received or held (the letter's date, the call's time); never in the future, never before receipt.
             */
            occurredAt: string;
            /** @description Who the council corresponded with, e.g. "the person", "their daughter" (personal data). */
            party: string;
            /** @description What was said (personal data: shown only to those who may see the case's personal data, never in the event log). */
            summary: string;
            /**
             * @description The duties it served (outgoing only).
             * @default []
             */
            duties?: ("stage1_acknowledgement" | "stage2_acknowledgement" | "extension_notice" | "regular_update" | "stage1_response" | "stage2_response" | "escalation_details")[];
            /**
             * @description The stage it belongs to; defaults to the case's current stage.
             * @enum {number}
             */
            stage?: 1 | 2;
            /** @description Whether it gave the Ombudsman's details (required with an extension notice by Code 6.5). */
            ombudsmanDetailsGiven?: boolean;
        };
        /**
         * CorrespondenceLog
         * @description A case's correspondence and the evidence it gives.
         * @example {
         *       "items": [
         *         {
         *           "id": "71f4ab83-9991-42a3-a7fd-10f9d5151332",
         *           "direction": "out",
         *           "channel": "email",
         *           "occurredAt": "2026-01-06T10:05:00.000Z",
         *           "stage": 1,
         *           "party": "the person",
         *           "summary": "Acknowledgement: complaint accepted, response due by 20 January",
         *           "duties": [
         *             "stage1_acknowledgement"
         *           ],
         *           "ombudsmanDetailsGiven": false,
         *           "recordedBy": "alice",
         *           "recordedAt": "2026-01-06T10:10:00.000Z",
         *           "struckOut": false,
         *           "correction": null
         *         }
         *       ],
         *       "evidence": [
         *         {
         *           "duty": "stage1_acknowledgement",
         *           "stage": 1,
         *           "doneOn": "2026-01-06",
         *           "toldBy": {
         *             "id": "71f4ab83-9991-42a3-a7fd-10f9d5151332",
         *             "on": "2026-01-06"
         *           },
         *           "ombudsmanDetailsGiven": false
         *         }
         *       ],
         *       "gaps": 0,
         *       "lastContactOn": "2026-01-06",
         *       "updateDue": false
         *     }
         */
        CorrespondenceLog: {
            /** @description Oldest first, struck-out entries included. */
            items: components["schemas"]["CorrespondenceEntry"][];
            /** @description Each duty to tell the person the case has done, with the correspondence that did it: each stage's acknowledgement, each extension, each response, and with each response how to escalate (`escalation_details`: to stage 2, then to the Ombudsman). */
            evidence: components["schemas"]["DutyEvidence"][];
            /**
             * Format: int64
             * @description Duties done with no correspondence recorded.
             */
            gaps: number;
            /**
             * Format: date
             * @description The last day of correspondence either way (the day of receipt when none).
             */
            lastContactOn: string;
            /** @description An open case with no contact for more than the policy's `updateEveryWorkingDays` (default 10) working days. */
            updateDue: boolean;
        };
        /**
         * @description What to change; fields left out keep their value.
         * @example {
         *       "name": "West Oxfordshire District Council (shared service)"
         *     }
         */
        CouncilChange: {
            /** @description The council's name. */
            name?: string;
            /** @description Prefix of case references, e.g. `WOD` in WOD-2026-000123: 2 to 8 capital letters or digits. A change applies to new cases only. */
            referencePrefix?: string;
            /**
             * @description Whose bank holidays are not working days. A change applies to new cases only: open cases keep the calendar they started under.
             * @enum {string}
             */
            bankHolidayDivision?: "england-and-wales" | "scotland" | "northern-ireland";
        };
        /**
         * @description The councils this deployment serves.
         * @example {
         *       "items": [
         *         {
         *           "slug": "demo",
         *           "name": "Demo District Council",
         *           "referencePrefix": "DEMO",
         *           "bankHolidayDivision": "england-and-wales",
         *           "suspended": false,
         *           "suspendedAt": null
         *         },
         *         {
         *           "slug": "wodc",
         *           "name": "West Oxfordshire District Council",
         *           "referencePrefix": "WOD",
         *           "bankHolidayDivision": "england-and-wales",
         *           "suspended": false,
         *           "suspendedAt": null
         *         }
         *       ]
         *     }
         */
        CouncilList: {
            /** @description Every council, by slug. */
            items: {
                /** @description The council's identifier in tokens and public URLs. */
                slug: string;
                /** @description The council's name. */
                name: string;
                /** @description Prefix of the references of new cases. */
                referencePrefix: string;
                /** @description The bank-holiday division of new cases. */
                bankHolidayDivision: string;
                /** @description Whether the council is suspended: its tokens get 403; its data stays. */
                suspended: boolean;
                /** @description When the council was suspended; null while in service. */
                suspendedAt: string | null;
            }[];
        };
        /**
         * CouncilSettings
         * @description The council the token acts for, and its settings.
         * @example {
         *       "slug": "demo",
         *       "name": "Demo District Council",
         *       "referencePrefix": "DEMO",
         *       "bankHolidayDivision": "england-and-wales",
         *       "publicIntake": {
         *         "enabled": true,
         *         "allowedOrigins": [
         *           "https://www.demo.gov.uk"
         *         ]
         *       },
         *       "reporting": {
         *         "population": 112000,
         *         "timelinessTargetPercent": 100,
         *         "amberFromPercent": 90
         *       }
         *     }
         */
        CouncilSettings: {
            /** @description The council's identifier in tokens and public URLs. */
            slug: string;
            /** @description The council's name. */
            name: string;
            /** @description Prefix of the council's case references, e.g. `WOD` in WOD-2026-000123. */
            referencePrefix: string;
            /**
             * @description Whose bank holidays are not working days.
             * @enum {string}
             */
            bankHolidayDivision: "england-and-wales" | "scotland" | "northern-ireland";
            /** @description The optional public intake for website forms. */
            publicIntake: {
                /** @description Whether website forms may post complaints straight from the browser (`POST /v1/public/councils/{slug}/complaints`). Off by default. */
                enabled: boolean;
                /** @description The web origins whose pages may post from the browser (CORS allow-list). Requests without an `Origin` header (a website's own back end) need no entry. */
                allowedOrigins: string[];
            };
            /** @description How the council's reports are rated and scaled. */
            reporting: {
                /** @description Residents in the council's area; when set, the annual report gives each volume per 10,000 residents (as the Ombudsman's annual letters compare councils). Null when not recorded. */
                population: number | null;
                /** @description Share of duties that fell due and were done on time at which the self-assessment calls a timeliness requirement met. Default 100 (the Code expects every one). */
                timelinessTargetPercent: number;
                /** @description At or above this share, but under the target, a requirement is shown amber (not met). Default 90; at most the target. */
                amberFromPercent: number;
            };
        };
        /**
         * @description The settings to change; fields left out keep their value.
         * @example {
         *       "publicIntake": {
         *         "enabled": true,
         *         "allowedOrigins": [
         *           "https://www.demo.gov.uk"
         *         ]
         *       }
         *     }
         * @example {
         *       "reporting": {
         *         "population": 112000
         *       }
         *     }
         */
        CouncilSettingsChange: {
            /** @description The council's name. */
            name?: string;
            /** @description Public intake settings to change; fields left out keep their value. */
            publicIntake?: {
                /** @description Turn the public intake for website forms on or off. */
                enabled?: boolean;
                /** @description Replaces the CORS allow-list of web origins. */
                allowedOrigins?: string[];
            };
            /** @description Reporting settings to change; fields left out keep their value. */
            reporting?: {
                /** @description Residents in the council's area; when set, the annual report gives each volume per 10,000 residents (as the Ombudsman's annual letters compare councils). Null when not recorded. */
                population?: number | null;
                /** @description Share of duties that fell due and were done on time at which the self-assessment calls a timeliness requirement met. Default 100 (the Code expects every one). */
                timelinessTargetPercent?: number;
                /** @description At or above this share, but under the target, a requirement is shown amber (not met). Default 90; at most the target. */
                amberFromPercent?: number;
            };
        };
        /**
         * CountAndPercent
         * @description A count and its percentage of those due in the period.
         * @example {
         *       "count": 37,
         *       "percent": 94.9
         *     }
         * @example {
         *       "count": 0,
         *       "percent": null
         *     }
         */
        CountAndPercent: {
            /**
             * Format: int64
             * @description How many.
             */
            count: number;
            /** @description count as a percentage of `due` (one decimal place); null when nothing was due. */
            percent: number | null;
        };
        /**
         * @description Data quality: how promptly the council's records are kept.
         * @example {
         *       "actionsKeyedLate": 4,
         *       "casesWithActionsKeyedLate": 3
         *     }
         */
        DataQuality: {
            /**
             * Format: int64
             * @description Actions on the cases received in the period that were keyed in more than the policy's `keyedLateAfterWorkingDays` (default 5) working days after they happened (their occurredAt).
             */
            actionsKeyedLate: number;
            /**
             * Format: int64
             * @description Cases received in the period with at least one action keyed in late.
             */
            casesWithActionsKeyedLate: number;
        };
        /**
         * @description The three-way detail, for policies that publish it.
         * @example {
         *       "upheld": 21,
         *       "partlyUpheld": 0,
         *       "notUpheld": 14
         *     }
         */
        DetailedOutcomes: {
            /**
             * Format: int64
             * @description Every aspect upheld.
             */
            upheld: number;
            /**
             * Format: int64
             * @description Some aspects upheld.
             */
            partlyUpheld: number;
            /**
             * Format: int64
             * @description No aspect upheld.
             */
            notUpheld: number;
        };
        /**
         * @description Treat a complaint as a service request; only with the person's agreement.
         * @example {
         *       "personAgreed": true,
         *       "reason": "The person wants the missed collection put right, not a complaint investigated"
         *     }
         */
        Downgrade: {
            /** @description The person agreed; must be true. */
            personAgreed: boolean;
            /** @description Why it is better handled as a service request. */
            reason: string;
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * DutyEvidence
         * @description Was the person told, and when? One duty and its evidence.
         * @example {
         *       "duty": "stage1_acknowledgement",
         *       "stage": 1,
         *       "doneOn": "2026-01-06",
         *       "toldBy": {
         *         "id": "71f4ab83-9991-42a3-a7fd-10f9d5151332",
         *         "on": "2026-01-06"
         *       },
         *       "ombudsmanDetailsGiven": false
         *     }
         */
        DutyEvidence: {
            /** @description The duty to tell the person. */
            duty: string;
            /**
             * Format: int64
             * @description Stage.
             */
            stage: number;
            /**
             * Format: date
             * @description When the case records it done (acknowledged, told of the extension, responded).
             */
            doneOn: string;
            /** @description The correspondence that told the person; null is a gap: the duty is recorded done but no letter, email or call is. */
            toldBy: {
                /**
                 * Format: uuid
                 * @description The entry.
                 */
                id: string;
                /**
                 * Format: date
                 * @description Its day.
                 */
                on: string;
            } | null;
            /** @description Extension notices: whether the Ombudsman's details were given. */
            ombudsmanDetailsGiven?: boolean;
        };
        /**
         * @description Decide an escalation outside the window, refuse one under the catalogue, or make stage 1 final.
         * @example {
         *       "decision": "refuse",
         *       "exclusionCodes": [
         *         "personnel_matter"
         *       ],
         *       "explanation": "The complaint is about a member of staff's employment, which the procedure does not cover"
         *     }
         */
        EscalationDecision: {
            /**
             * @description accept the escalation; refuse it naming catalogue entries (Code 5.7); or, where the policy allows and no reason was given, make the stage 1 response final.
             * @enum {string}
             */
            decision: "accept" | "refuse" | "final_at_stage1";
            /** @description accept outside the window: the reason; final_at_stage1: why stage 1 was complete. */
            reason?: string;
            /** @description refuse: catalogue codes that apply (Code 5.7). */
            exclusionCodes?: string[];
            /** @description refuse / final_at_stage1: explanation given to the person. */
            explanation?: string;
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * @description Escalations to stage 2 requested in the period, and how they were decided.
         * @example {
         *       "requested": 6,
         *       "rate": 17.1,
         *       "refused": 1,
         *       "finalAtStage1": 0
         *     }
         */
        EscalationFigures: {
            /**
             * Format: int64
             * @description Escalation requests made in the period.
             */
            requested: number;
            /** @description Escalation requests as a percentage of stage 1 responses sent in the period. */
            rate: number | null;
            /**
             * Format: int64
             * @description Of those, refused under the catalogue.
             */
            refused: number;
            /**
             * Format: int64
             * @description Of those, where the stage 1 response was made final.
             */
            finalAtStage1: number;
        };
        /**
         * @description Record a request to escalate to stage 2; no reason is needed.
         * @example {
         *       "channel": "web_form",
         *       "reason": "The refund does not cover the trips I made to the tip with the waste",
         *       "occurredAt": "2026-01-26T11:00:00Z"
         *     }
         */
        EscalationRequest: {
            /**
             * Format: date-time
             * @description An instant in ISO 8601 with offset, e.g. 2026-03-31T23:30:00Z; its Europe/London date is what the Code counts from.
             */
            requestedAt?: string;
            /**
             * @description How the complaint or request reached the council; a complaint may be made in any way (Code 1.5).
             * @enum {string}
             */
            channel: "web_form" | "email" | "phone" | "letter" | "in_person" | "social_media" | "councillor" | "mp" | "crm" | "other";
            /** @description Why the person remains dissatisfied, if they said. */
            reason?: string;
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * @description A page of the event log.
         * @example {
         *       "items": [
         *         {
         *           "id": "evt_3",
         *           "type": "case.acknowledged",
         *           "occurredAt": "2026-01-06T10:00:00.000Z",
         *           "caseId": "08416614-fd1f-4ae5-8179-d4bc027d067f",
         *           "reference": "DEMO-2026-000001",
         *           "caseVersion": 3,
         *           "data": {}
         *         },
         *         {
         *           "id": "evt_7",
         *           "type": "case.remedy_completed",
         *           "occurredAt": "2026-01-20T12:00:00.000Z",
         *           "caseId": "08416614-fd1f-4ae5-8179-d4bc027d067f",
         *           "reference": "DEMO-2026-000001",
         *           "caseVersion": 7,
         *           "data": {
         *             "remedyId": "s1-r1"
         *           }
         *         }
         *       ],
         *       "nextCursor": "MTA0Mi43"
         *     }
         */
        EventPage: {
            /** @description Events in log order: every event once, a case's events in the order they happened. */
            items: components["schemas"]["FeedEvent"][];
            /** @description Pass as `after` to continue; the same cursor you sent when nothing new came; null only for an empty log read from the start. */
            nextCursor: string | null;
        };
        /**
         * EventType
         * @description What happened. `case.*`: a change of the case (one per step of the Code); `deadline.approaching`: a duty's due date is near (the council's `deadlineAlertWorkingDays`, 2 by default); `deadline.missed`: the day after a due date with the duty not done; `remedy.overdue`: an open remedy is past its date; `case.closed`: the case closed, by an action or because its escalation window passed.
         * @example case.acknowledged
         * @example deadline.approaching
         * @enum {string}
         */
        EventType: "case.acknowledged" | "case.action_completed" | "case.amended" | "case.assigned" | "case.closed" | "case.corrected" | "case.correspondence_corrected" | "case.correspondence_recorded" | "case.downgraded" | "case.escalation_decided" | "case.escalation_requested" | "case.extended" | "case.ombudsman_decision_recorded" | "case.paused" | "case.received" | "case.referred_to_ombudsman" | "case.related_issue_added" | "case.remedy_completed" | "case.remedy_undeliverable" | "case.responded" | "case.resumed" | "case.stage2_acknowledged" | "case.triaged" | "case.upgraded" | "case.withdrawn" | "deadline.approaching" | "deadline.missed" | "remedy.overdue";
        /**
         * @description A recorded period of exceptional circumstances.
         * @example {
         *       "startsOn": "2026-02-09",
         *       "endsOn": "2026-02-13",
         *       "affected": "Cyber incident: the case system was offline",
         *       "ombudsmanToldOn": "2026-02-10",
         *       "returnedToComplianceOn": "2026-02-16",
         *       "id": "815eb05c-5a60-4244-9943-b84f727857a8",
         *       "recordedBy": "alice",
         *       "createdAt": "2026-02-16T11:00:00.000Z"
         *     }
         */
        ExceptionalCircumstances: {
            /**
             * Format: uuid
             * @description Id.
             */
            id: string;
            /**
             * Format: date
             * @description First day the council could not meet the Code.
             */
            startsOn: string;
            /** @description Last day of the period; null while it continues. */
            endsOn: string | null;
            /** @description What was affected and how (e.g. "cyber incident: case system offline; acknowledgements delayed"). */
            affected: string;
            /** @description When the Ombudsman was told; null if not yet. */
            ombudsmanToldOn: string | null;
            /** @description When the council met the Code again; null if not yet. */
            returnedToComplianceOn: string | null;
            /** @description Who recorded it. */
            recordedBy: string;
            /**
             * Format: date-time
             * @description When it was recorded.
             */
            createdAt: string;
        };
        /**
         * @description A period of exceptional circumstances that stopped the council meeting the Code.
         * @example {
         *       "startsOn": "2026-02-09",
         *       "endsOn": "2026-02-13",
         *       "affected": "Cyber incident: the case system was offline",
         *       "ombudsmanToldOn": "2026-02-10",
         *       "returnedToComplianceOn": "2026-02-16"
         *     }
         */
        ExceptionalCircumstancesInput: {
            /**
             * Format: date
             * @description First day the council could not meet the Code.
             */
            startsOn: string;
            /** @description Last day of the period; null while it continues. */
            endsOn: string | null;
            /** @description What was affected and how (e.g. "cyber incident: case system offline; acknowledgements delayed"). */
            affected: string;
            /** @description When the Ombudsman was told; null if not yet. */
            ombudsmanToldOn: string | null;
            /** @description When the council met the Code again; null if not yet. */
            returnedToComplianceOn: string | null;
        };
        /**
         * @description The periods of exceptional circumstances the council has recorded.
         * @example {
         *       "items": [
         *         {
         *           "startsOn": "2026-02-09",
         *           "endsOn": "2026-02-13",
         *           "affected": "Cyber incident: the case system was offline",
         *           "ombudsmanToldOn": "2026-02-10",
         *           "returnedToComplianceOn": "2026-02-16",
         *           "id": "815eb05c-5a60-4244-9943-b84f727857a8",
         *           "recordedBy": "alice",
         *           "createdAt": "2026-02-16T11:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        ExceptionalCircumstancesList: {
            items: components["schemas"]["ExceptionalCircumstances"][];
        };
        /**
         * Exclusion
         * @description An entry of the published catalogue of matters the council will not consider as complaints (Code 2.3).
         * @example {
         *       "code": "legal_action_started",
         *       "label": "Legal action begun",
         *       "description": "The person (or their representative) has already commenced legal action about the matter.",
         *       "signpostsTo": "The court dealing with the legal action"
         *     }
         * @example {
         *       "code": "statutory_appeal",
         *       "label": "Statutory right of appeal",
         *       "description": "There is a statutory right of appeal to a tribunal, a government minister or a court that it is reasonable to expect the person to use.",
         *       "signpostsTo": "The relevant tribunal, minister or court"
         *     }
         */
        Exclusion: {
            /** @description Stable identifier of the catalogue entry, used in refusals and reports. */
            code: string;
            /** @description Short human label, e.g. "Planning appeal". */
            label: string;
            /** @description What the entry covers, as the council publishes it. */
            description: string;
            /** @description Where the person is directed instead (another body or process), or null when nowhere specific. */
            signpostsTo: string | null;
        };
        /**
         * @description Advice on acceptance; nothing was recorded.
         * @example {
         *       "caseId": "08416614-fd1f-4ae5-8179-d4bc027d067f",
         *       "reference": "DEMO-2026-000001",
         *       "policy": {
         *         "id": "lgsco-2024",
         *         "version": 0
         *       },
         *       "mayApply": [],
         *       "twelveMonth": {
         *         "awareOn": "2025-12-15",
         *         "receivedOn": "2026-01-05",
         *         "timeLimitMonths": 12,
         *         "withinLimit": true,
         *         "limitDate": "2026-12-15"
         *       },
         *       "alreadyConsidered": {
         *         "considered": false,
         *         "cases": []
         *       }
         *     }
         */
        ExclusionAdvice: {
            /**
             * Format: uuid
             * @description The case checked.
             */
            caseId: string;
            /** @description Its reference. */
            reference: string;
            /** @description The policy whose catalogue was checked. */
            policy: components["schemas"]["PolicyReference"];
            /** @description Catalogue entries that may apply, in catalogue order; empty when none. Advice: accept unless there is a valid, evidenced reason (Code 2.1). */
            mayApply: {
                /** @description Catalogue code, as a refusal would name it. */
                code: string;
                /** @description Short label of the entry. */
                label: string;
                /** @description What the entry covers, as the council publishes it. */
                description: string;
                /** @description Where the person would be directed instead; null when nowhere specific. */
                signpostsTo: string | null;
                /** @description Why the entry may apply, in words. */
                reasons: string[];
            }[];
            /** @description The 12-month test (Code 2.2); null when no awareness date is known. */
            twelveMonth: {
                /**
                 * Format: date
                 * @description The awareness date used.
                 */
                awareOn: string;
                /**
                 * Format: date
                 * @description When the case was received (Europe/London).
                 */
                receivedOn: string;
                /**
                 * Format: int64
                 * @description The policy's time limit in months.
                 */
                timeLimitMonths: number;
                /** @description Received on or before the limit date. */
                withinLimit: boolean;
                /**
                 * Format: date
                 * @description Last day within the limit.
                 */
                limitDate: string;
            } | null;
            /** @description Whether the matter was already considered. */
            alreadyConsidered: {
                /** @description An earlier case about the matter has had a response or is closed. */
                considered: boolean;
                /** @description The earlier cases looked at. */
                cases: {
                    /**
                     * Format: uuid
                     * @description The earlier case.
                     */
                    id: string;
                    /** @description Its reference. */
                    reference: string;
                    /**
                     * @description `linked`: the case this one is linked to; `given`: named in the request.
                     * @enum {string}
                     */
                    source: "linked" | "given";
                    /** @description Whether it was considered (responded to or closed). */
                    considered: boolean;
                    /** @description Why, in words. */
                    reason: string;
                }[];
            };
        };
        /**
         * @description The facts to check; all optional. Nothing is recorded.
         * @example {}
         */
        ExclusionCheck: {
            /** @description When the person became aware of the issue (YYYY-MM-DD); defaults to the date recorded at intake. */
            awareOn?: string;
            /** @description Catalogue codes the caller thinks may apply; each must be in the case's policy catalogue. */
            matters?: string[];
            /** @description The facts in words, matched against the catalogue's labels and descriptions as a hint. Not stored. */
            description?: string;
            /**
             * Format: uuid
             * @description An earlier case the caller thinks was about the same matter.
             */
            alreadyConsideredCaseId?: string;
        };
        /**
         * Extension
         * @description An extension of a stage's response date.
         * @example {
         *       "workingDays": 5,
         *       "reason": "Waiting for the crew's round sheets for December",
         *       "toldPersonOn": "2026-01-08",
         *       "ombudsmanDetailsGiven": true,
         *       "goodReason": null,
         *       "beyondCode": false,
         *       "personRefused": false
         *     }
         */
        Extension: {
            /**
             * Format: int64
             * @description Working days added.
             */
            workingDays: number;
            /** @description Reason explained to the person. */
            reason: string;
            /**
             * Format: date
             * @description When the person was told.
             */
            toldPersonOn: string;
            /** @description The Ombudsman's details were given. */
            ombudsmanDetailsGiven: boolean;
            /** @description The good reason for going over the cap. */
            goodReason: string | null;
            /** @description Over the policy's cap: reported as beyond the Code. */
            beyondCode: boolean;
            /** @description The person did not agree. */
            personRefused: boolean;
        };
        /**
         * @description Extend the current stage's response date (Code 6.4, 6.5).
         * @example {
         *       "workingDays": 5,
         *       "reason": "Waiting for the crew's round sheets for December",
         *       "toldPersonOn": "2026-01-08",
         *       "ombudsmanDetailsGiven": true,
         *       "occurredAt": "2026-01-08T16:00:00Z"
         *     }
         */
        ExtensionRequest: {
            /** @description Why more time is needed, as explained to the person. */
            reason: string;
            /**
             * Format: date
             * @description A calendar date (YYYY-MM-DD) in the years 1900-2200, read as a date in Europe/London.
             * @example 2025-12-19
             */
            toldPersonOn: string;
            /** @description The person was given the Ombudsman's details (must be true). */
            ombudsmanDetailsGiven: boolean;
            /**
             * Format: int32
             * @description Working days added; give this or newDueDate.
             */
            workingDays?: number;
            /**
             * Format: date
             * @description A calendar date (YYYY-MM-DD) in the years 1900-2200, read as a date in Europe/London.
             * @example 2025-12-19
             */
            newDueDate?: string;
            /** @description Needed when the total extension goes over the policy cap; the extension is then flagged beyond the Code. */
            goodReason?: string;
            /** @description The person did not agree to the extension (recorded where the policy provides for it). */
            personRefused?: boolean;
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * FeedEvent
         * @description One event of the council's ordered log.
         * @example {
         *       "id": "evt_3",
         *       "type": "case.acknowledged",
         *       "occurredAt": "2026-01-06T10:00:00.000Z",
         *       "caseId": "08416614-fd1f-4ae5-8179-d4bc027d067f",
         *       "reference": "DEMO-2026-000001",
         *       "caseVersion": 3,
         *       "data": {}
         *     }
         * @example {
         *       "id": "evt_7",
         *       "type": "case.remedy_completed",
         *       "occurredAt": "2026-01-20T12:00:00.000Z",
         *       "caseId": "08416614-fd1f-4ae5-8179-d4bc027d067f",
         *       "reference": "DEMO-2026-000001",
         *       "caseVersion": 7,
         *       "data": {
         *         "remedyId": "s1-r1"
         *       }
         *     }
         */
        FeedEvent: {
            /** @description The event's id, stable across retries and replays (also the webhook-id of its deliveries): drop duplicates by it. */
            id: string;
            type: components["schemas"]["EventType"];
            /**
             * Format: date-time
             * @description When it happened (UTC).
             */
            occurredAt: string;
            /**
             * Format: uuid
             * @description The case: fetch it (`GET /v1/complaints/{id}`) for its details.
             */
            caseId: string;
            /** @description The case's reference, e.g. WOD-2026-000123. */
            reference: string;
            /**
             * Format: int64
             * @description The case's version after this change (its ETag); a time-based event carries the version it was noticed at.
             */
            caseVersion: number;
            /** @description A few facts about the event, never personal data. */
            data: {
                /** @description Deadline events: which duty, e.g. `stage1_response`. */
                deadline?: string;
                /**
                 * Format: date
                 * @description Deadline and remedy events: the due date (Europe/London).
                 */
                due?: string;
                /** @description `remedy.overdue`: the remedy's id within the case. */
                remedyId?: string;
                /** @description `case.closed`: `recorded` (an action closed it) or `escalation_window_passed`. */
                closure?: string;
            };
        };
        /**
         * Finding
         * @description The council's finding on one aspect of the complaint.
         * @example {
         *       "aspect": "missed collections",
         *       "finding": "upheld"
         *     }
         * @example {
         *       "aspect": "calls not returned",
         *       "finding": "upheld"
         *     }
         */
        Finding: {
            /** @description The aspect of the complaint this finding answers, in the complaint definition's words. */
            aspect: string;
            /**
             * @description Finding on one aspect. partly_upheld only where the policy uses the three-way scheme; it counts as upheld for the recorded outcome.
             * @enum {string}
             */
            finding: "upheld" | "partly_upheld" | "not_upheld";
        };
        /**
         * @description The process is up (liveness; says nothing of the database).
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /**
             * @description The process is alive.
             * @enum {string}
             */
            status: "ok";
        };
        /**
         * HolderCaseload
         * @description The open cases one person holds now.
         * @example {
         *       "subject": "bob",
         *       "displayName": "Bob Barker",
         *       "active": true,
         *       "open": 2,
         *       "stage1": 2,
         *       "stage2": 0,
         *       "overdue": 0,
         *       "dueWithin5WorkingDays": 2,
         *       "correspondenceGaps": 0,
         *       "nextDueOn": "2026-03-16"
         *     }
         */
        HolderCaseload: {
            /** @description The holder's subject, as in their token and the case's `handler` / `stage2Handler`. */
            subject: string;
            /** @description The name the council's staff record gives them; null when it gives none. */
            displayName: string | null;
            /** @description Whether they may be assigned work: false for a leaver, a long absence or a subject never registered as staff (their cases are to be reassigned); null when there is no staff record at all. */
            active: boolean | null;
            /**
             * Format: int64
             * @description Cases awaiting a council duty now (an acknowledgement or a response).
             */
            open: number;
            /**
             * Format: int64
             * @description Of which at stage 1.
             */
            stage1: number;
            /**
             * Format: int64
             * @description Of which at stage 2.
             */
            stage2: number;
            /**
             * Format: int64
             * @description Of which the duty's due date has passed.
             */
            overdue: number;
            /**
             * Format: int64
             * @description Of which due today or within the next 5 working days.
             */
            dueWithin5WorkingDays: number;
            /**
             * Format: int64
             * @description Of which a duty (acknowledgement, extension, response) was done with no letter to the person recorded for it.
             */
            correspondenceGaps: number;
            /** @description The earliest due date among these cases (the most pressing duty); null when there are none. */
            nextDueOn: string | null;
        };
        /**
         * @description A council's own identity provider.
         * @example {
         *       "issuer": "https://login.demo.gov.uk/realms/council",
         *       "jwksUrl": "https://login.demo.gov.uk/realms/council/protocol/openid-connect/certs",
         *       "audience": "complaints-api",
         *       "rolesClaim": "realm_access.roles",
         *       "id": "3f971c53-9546-49db-af94-b7f8c2ee8b1b",
         *       "councilClaim": null,
         *       "createdBy": "operator:ops",
         *       "createdAt": "2025-12-01T10:00:00.000Z"
         *     }
         */
        IdentityProvider: {
            /**
             * Format: uuid
             * @description The provider's id here.
             */
            id: string;
            /** @description The `iss` its tokens carry; tokens with this issuer act for this council only. */
            issuer: string;
            /** @description Where its signing keys are published (JWKS). */
            jwksUrl: string;
            /** @description The `aud` its tokens must carry; null: not checked. */
            audience: string | null;
            /** @description Dot path of the claim holding the roles. */
            rolesClaim: string;
            /** @description Dot path of a claim that must name the council's slug; null: the issuer implies the council. */
            councilClaim: string | null;
            /** @description Who registered it. */
            createdBy: string;
            /**
             * Format: date-time
             * @description When it was registered.
             */
            createdAt: string;
        };
        /**
         * @description A council's identity providers.
         * @example {
         *       "items": [
         *         {
         *           "issuer": "https://login.demo.gov.uk/realms/council",
         *           "jwksUrl": "https://login.demo.gov.uk/realms/council/protocol/openid-connect/certs",
         *           "audience": "complaints-api",
         *           "rolesClaim": "realm_access.roles",
         *           "id": "3f971c53-9546-49db-af94-b7f8c2ee8b1b",
         *           "councilClaim": null,
         *           "createdBy": "operator:ops",
         *           "createdAt": "2025-12-01T10:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        IdentityProviderList: {
            /** @description The council's identity providers. */
            items: {
                /**
                 * Format: uuid
                 * @description The provider's id here.
                 */
                id: string;
                /** @description The `iss` its tokens carry; tokens with this issuer act for this council only. */
                issuer: string;
                /** @description Where its signing keys are published (JWKS). */
                jwksUrl: string;
                /** @description The `aud` its tokens must carry; null: not checked. */
                audience: string | null;
                /** @description Dot path of the claim holding the roles. */
                rolesClaim: string;
                /** @description Dot path of a claim that must name the council's slug; null: the issuer implies the council. */
                councilClaim: string | null;
                /** @description Who registered it. */
                createdBy: string;
                /**
                 * Format: date-time
                 * @description When it was registered.
                 */
                createdAt: string;
            }[];
        };
        /**
         * Intake
         * @description A new complaint or request, from any channel.
         * @example {
         *       "channel": "email",
         *       "receivedAt": "2026-01-05T09:00:00.000Z",
         *       "person": {
         *         "name": "Sam Taylor",
         *         "email": "sam.taylor@example.org",
         *         "preferredContactMethod": "email"
         *       },
         *       "summary": "Garden waste not collected for a month, and calls about it not returned",
         *       "desiredOutcome": "Collections restarted and a refund for the missed month",
         *       "awareOn": "2025-12-15",
         *       "serviceAreas": [
         *         "waste"
         *       ],
         *       "categories": [
         *         "missed collection"
         *       ],
         *       "crmReference": "CXM-4711"
         *     }
         */
        Intake: {
            /**
             * @description How the complaint or request reached the council; a complaint may be made in any way (Code 1.5).
             * @enum {string}
             */
            channel: "web_form" | "email" | "phone" | "letter" | "in_person" | "social_media" | "councillor" | "mp" | "crm" | "other";
            /**
             * Format: date-time
             * @description When the complaint reached the council (ISO 8601). Defaults to now; may be in the past when keyed in late; never in the future.
             */
            receivedAt?: string;
            /**
             * @description Made anonymously: no person is recorded.
             * @default false
             */
            anonymous?: boolean;
            /** @description The person the complaint is from (personal data). */
            person?: components["schemas"]["Person"];
            /** @description Someone complaining on the person's behalf (personal data). */
            representative?: components["schemas"]["Representative"];
            /**
             * @description About staff or holding sensitive personal information: only the complaints team and the assigned handler see personal data.
             * @default false
             */
            sensitive?: boolean;
            /** @description What the complaint is about, in the person's words or a faithful summary. */
            summary: string;
            /** @description What the person wants to happen. */
            desiredOutcome?: string;
            /**
             * Format: date
             * @description A calendar date (YYYY-MM-DD) in the years 1900-2200, read as a date in Europe/London.
             * @example 2025-12-19
             */
            awareOn?: string;
            /**
             * Format: date
             * @description When the person's reasonable adjustments are next reviewed (Code 5.6); shows in the work queue once due.
             * @example 2025-12-19
             */
            adjustmentsReviewOn?: string;
            /** @description Service areas the complaint concerns. */
            serviceAreas?: string[];
            /** @description The council's categories, for reporting. */
            categories?: string[];
            /** @description The calling CRM's own reference, e.g. a Jadu CXM case number. */
            crmReference?: string;
            /**
             * Format: uuid
             * @description An earlier case about the same matter; the new case links to it.
             */
            relatedCaseId?: string;
        };
        /**
         * @description A service improvement in the learning register (Code 9.1-9.3).
         * @example {
         *       "what": "Crews photograph every missed bin",
         *       "serviceArea": "waste",
         *       "owner": "Waste Services Manager",
         *       "dueOn": "2026-04-30",
         *       "caseIds": [
         *         "08416614-fd1f-4ae5-8179-d4bc027d067f",
         *         "8bc03edc-c791-464d-98c6-895ef12727cb"
         *       ],
         *       "doneOn": null,
         *       "recordedOn": "2026-01-19",
         *       "recordedBy": "bob",
         *       "id": "2f1ce1cb-1c6b-46e0-a034-3b53c9952427"
         *     }
         */
        LearningAction: {
            /**
             * Format: uuid
             * @description Id.
             */
            id: string;
            /** @description The service improvement, in words. */
            what: string;
            /** @description Service area. */
            serviceArea: string;
            /** @description Who is responsible (role or team). */
            owner: string;
            /**
             * Format: date
             * @description When due.
             */
            dueOn: string;
            /** @description When it was done; null while open. */
            doneOn: string | null;
            /**
             * Format: date
             * @description When it was recorded (London date).
             */
            recordedOn: string;
            /** @description Who recorded it. */
            recordedBy: string;
            /** @description The complaints that prompted it. */
            caseIds: string[];
        };
        /**
         * @description The fields to change; `doneOn` records it done; `caseIds` replaces the linked complaints.
         * @example {
         *       "doneOn": "2026-02-26"
         *     }
         */
        LearningActionChange: {
            /** @description The service improvement, in words (e.g. "Crews photograph every missed bin"). */
            what?: string;
            /** @description The service area that makes it. */
            serviceArea?: string;
            /** @description Who is responsible, as a role or team (e.g. "Waste Services Manager"). */
            owner?: string;
            /**
             * Format: date
             * @description When it is due to be done.
             */
            dueOn?: string;
            /** @description When it was done; null while open. */
            doneOn?: string | null;
            /** @description The complaints that prompted it. */
            caseIds?: string[];
        };
        /**
         * @description A service improvement to record in the learning register.
         * @example {
         *       "what": "Crews photograph every missed bin",
         *       "serviceArea": "waste",
         *       "owner": "Waste Services Manager",
         *       "dueOn": "2026-04-30",
         *       "caseIds": [
         *         "08416614-fd1f-4ae5-8179-d4bc027d067f",
         *         "8bc03edc-c791-464d-98c6-895ef12727cb"
         *       ]
         *     }
         */
        LearningActionInput: {
            /** @description The service improvement, in words (e.g. "Crews photograph every missed bin"). */
            what: string;
            /** @description The service area that makes it. */
            serviceArea: string;
            /** @description Who is responsible, as a role or team (e.g. "Waste Services Manager"). */
            owner: string;
            /**
             * Format: date
             * @description When it is due to be done.
             */
            dueOn: string;
            /** @description When it was done; null while open. */
            doneOn?: string | null;
            /** @description The complaints that prompted it. */
            caseIds?: string[];
        };
        /**
         * @description The learning register in figures.
         * @example {
         *       "recorded": 2,
         *       "done": 1,
         *       "open": 1,
         *       "overdue": 0,
         *       "complaintsLinked": 2
         *     }
         */
        LearningFigures: {
            /**
             * Format: int64
             * @description Service improvements recorded in the period.
             */
            recorded: number;
            /**
             * Format: int64
             * @description Done in the period.
             */
            done: number;
            /**
             * Format: int64
             * @description Not done as at `asAt`.
             */
            open: number;
            /**
             * Format: int64
             * @description Not done and past their due date.
             */
            overdue: number;
            /**
             * Format: int64
             * @description Complaints that prompted the improvements recorded in the period.
             */
            complaintsLinked: number;
        };
        /**
         * @description A service improvement prompted by this complaint.
         * @example {
         *       "what": "Round changes are checked against the address list before they go live",
         *       "owner": "Waste Services Manager",
         *       "dueOn": "2026-02-27"
         *     }
         */
        LearningFromComplaintInput: {
            /** @description The service improvement, in words (e.g. "Crews photograph every missed bin"). */
            what: string;
            /** @description The service area that makes it; the case's lead service area when left out. */
            serviceArea?: string;
            /** @description Who is responsible, as a role or team (e.g. "Waste Services Manager"). */
            owner: string;
            /**
             * Format: date
             * @description When it is due to be done.
             */
            dueOn: string;
            /** @description When it was done; null while open. */
            doneOn?: string | null;
        };
        /**
         * @description The learning register: every service improvement recorded, with the complaints that prompted it.
         * @example {
         *       "items": [
         *         {
         *           "what": "Crews photograph every missed bin",
         *           "serviceArea": "waste",
         *           "owner": "Waste Services Manager",
         *           "dueOn": "2026-04-30",
         *           "caseIds": [
         *             "08416614-fd1f-4ae5-8179-d4bc027d067f",
         *             "8bc03edc-c791-464d-98c6-895ef12727cb"
         *           ],
         *           "doneOn": null,
         *           "recordedOn": "2026-01-19",
         *           "recordedBy": "bob",
         *           "id": "2f1ce1cb-1c6b-46e0-a034-3b53c9952427"
         *         },
         *         {
         *           "what": "Round changes are checked against the address list before they go live",
         *           "serviceArea": "waste",
         *           "owner": "Waste Services Manager",
         *           "dueOn": "2026-02-27",
         *           "caseIds": [
         *             "08416614-fd1f-4ae5-8179-d4bc027d067f"
         *           ],
         *           "doneOn": "2026-02-26",
         *           "recordedOn": "2026-01-19",
         *           "recordedBy": "bob",
         *           "id": "e9d44bd6-ca36-4b97-94f1-89157cd2a112"
         *         }
         *       ]
         *     }
         */
        LearningRegister: {
            /** @description Oldest first. */
            items: {
                /**
                 * Format: uuid
                 * @description Id.
                 */
                id: string;
                /** @description The service improvement, in words. */
                what: string;
                /** @description Service area. */
                serviceArea: string;
                /** @description Who is responsible (role or team). */
                owner: string;
                /**
                 * Format: date
                 * @description When due.
                 */
                dueOn: string;
                /** @description When it was done; null while open. */
                doneOn: string | null;
                /**
                 * Format: date
                 * @description When it was recorded (London date).
                 */
                recordedOn: string;
                /** @description Who recorded it. */
                recordedBy: string;
                /** @description The complaints that prompted it. */
                caseIds: string[];
            }[];
        };
        /**
         * @description A council to put into service.
         * @example {
         *       "slug": "wodc",
         *       "name": "West Oxfordshire District Council",
         *       "referencePrefix": "WOD",
         *       "bankHolidayDivision": "england-and-wales",
         *       "preset": "west-oxfordshire-2025"
         *     }
         */
        NewCouncil: {
            /** @description The council's identifier in tokens and public URLs, e.g. `wodc`. Never changes. */
            slug: string;
            /** @description The council's name. */
            name: string;
            /** @description Prefix of case references, e.g. `WOD` in WOD-2026-000123: 2 to 8 capital letters or digits. A change applies to new cases only. */
            referencePrefix: string;
            /**
             * @description Whose bank holidays are not working days (default England and Wales).
             * @default england-and-wales
             * @enum {string}
             */
            bankHolidayDivision?: "england-and-wales" | "scotland" | "northern-ireland";
            /**
             * @description The starting policy (version 1): one of lgsco-2024, west-oxfordshire-2025, oxford-draft, runnymede-2024. The council's admins change it later with `PUT /v1/councils/current/policy`.
             * @default lgsco-2024
             */
            preset?: string;
        };
        /**
         * @description A council's own identity provider to trust.
         * @example {
         *       "issuer": "https://login.demo.gov.uk/realms/council",
         *       "jwksUrl": "https://login.demo.gov.uk/realms/council/protocol/openid-connect/certs",
         *       "audience": "complaints-api",
         *       "rolesClaim": "realm_access.roles"
         *     }
         */
        NewIdentityProvider: {
            /** @description The exact `iss` of its tokens, e.g. `https://login.microsoftonline.com/<tenant>/v2.0`. */
            issuer: string;
            /** @description Its JWKS URL; https unless the deployment sets AUTH_ALLOW_HTTP_JWKS=true. */
            jwksUrl: string;
            /** @description The `aud` its tokens must carry (recommended). */
            audience?: string;
            /** @description Dot path of the roles claim (default `roles`), e.g. `realm_access.roles`. */
            rolesClaim?: string;
            /** @description Dot path of a claim that must hold the council's slug; leave out when the provider cannot carry one (the issuer implies the council). */
            councilClaim?: string;
        };
        /**
         * @description A new webhook subscription.
         * @example {
         *       "url": "https://crm.demo.gov.uk/hooks/complaints",
         *       "description": "Jadu CXM"
         *     }
         * @example {
         *       "url": "https://crm.demo.gov.uk/hooks/complaints",
         *       "description": "Jadu CXM",
         *       "eventTypes": [
         *         "deadline.approaching",
         *         "deadline.missed"
         *       ]
         *     }
         */
        NewWebhookSubscription: {
            /**
             * Format: uri
             * @description The receiver: an https URL on a public host (the operator may allow http or private addresses).
             */
            url: string;
            /** @description The event types to send; null (the default) sends every type. */
            eventTypes?: components["schemas"]["EventType"][] | null;
            /** @description What the subscription is for (who runs the receiver), for the council's admins. */
            description?: string;
            /** @description Start enabled (default true). */
            enabled?: boolean;
        };
        /**
         * @description The case's next open deadline: which duty, and its due date.
         * @example {
         *       "kind": "stage1_response",
         *       "due": "2026-01-27"
         *     }
         */
        NextDeadline: {
            /** @description Which duty. */
            kind: string;
            /**
             * Format: date
             * @description By the end of this day, Europe/London.
             */
            due: string;
        };
        /**
         * @description Record the Ombudsman's decision beside the council's outcome.
         * @example {
         *       "decidedOn": "2026-03-02",
         *       "decision": "no_fault",
         *       "recommendedRemedies": []
         *     }
         */
        OmbudsmanDecision: {
            /**
             * Format: date
             * @description A calendar date (YYYY-MM-DD) in the years 1900-2200, read as a date in Europe/London.
             * @example 2025-12-19
             */
            decidedOn: string;
            /**
             * @description The Ombudsman's decision, recorded beside (never over) the council's own outcome.
             * @enum {string}
             */
            decision: "upheld_fault" | "no_fault" | "not_investigated" | "closed_after_initial_enquiries";
            /** @description Remedies the Ombudsman recommended, with due dates; tracked like the council's own. */
            recommendedRemedies: components["schemas"]["RemedyOffer"][];
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * @description The Ombudsman's decisions by kind.
         * @example {
         *       "upheldFault": 0,
         *       "noFault": 1,
         *       "notInvestigated": 0,
         *       "closedAfterInitialEnquiries": 0
         *     }
         */
        OmbudsmanDecisionCounts: {
            /**
             * Format: int64
             * @description Fault found.
             */
            upheldFault: number;
            /**
             * Format: int64
             * @description No fault.
             */
            noFault: number;
            /**
             * Format: int64
             * @description Not investigated.
             */
            notInvestigated: number;
            /**
             * Format: int64
             * @description Closed after initial enquiries.
             */
            closedAfterInitialEnquiries: number;
        };
        /**
         * @description Referrals to the Ombudsman and its decisions in the period.
         * @example {
         *       "referred": 2,
         *       "decided": 1,
         *       "decisions": {
         *         "upheldFault": 0,
         *         "noFault": 1,
         *         "notInvestigated": 0,
         *         "closedAfterInitialEnquiries": 0
         *       }
         *     }
         */
        OmbudsmanFigures: {
            /**
             * Format: int64
             * @description Referrals to the Ombudsman made in the period.
             */
            referred: number;
            /**
             * Format: int64
             * @description Ombudsman decisions made in the period.
             */
            decided: number;
            decisions: components["schemas"]["OmbudsmanDecisionCounts"];
        };
        /**
         * @description Record that the person took the complaint to the Ombudsman.
         * @example {
         *       "referredOn": "2026-02-11",
         *       "reference": "25 999 001"
         *     }
         */
        OmbudsmanReferral: {
            /**
             * Format: date
             * @description A calendar date (YYYY-MM-DD) in the years 1900-2200, read as a date in Europe/London.
             * @example 2025-12-19
             */
            referredOn: string;
            /** @description The Ombudsman's reference. */
            reference: string;
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * OpenCaseload
         * @description The open caseload as at `asAt`, whatever the period.
         * @example {
         *       "open": 3,
         *       "stage1": 3,
         *       "stage2": 0,
         *       "overdue": 0,
         *       "dueWithin5WorkingDays": 2
         *     }
         */
        OpenCaseload: {
            /**
             * Format: int64
             * @description Cases awaiting a council duty now (an acknowledgement or a response).
             */
            open: number;
            /**
             * Format: int64
             * @description Of which at stage 1.
             */
            stage1: number;
            /**
             * Format: int64
             * @description Of which at stage 2.
             */
            stage2: number;
            /**
             * Format: int64
             * @description Of which the duty's due date has passed.
             */
            overdue: number;
            /**
             * Format: int64
             * @description Of which due today or within the next 5 working days.
             */
            dueWithin5WorkingDays: number;
        };
        /**
         * @description How many responses one stage sent in the period, and how many were upheld and not upheld.
         * @example {
         *       "responded": 20,
         *       "upheld": 14,
         *       "notUpheld": 6
         *     }
         */
        OutcomeCounts: {
            /**
             * Format: int64
             * @description Stage 1 responses sent in the period.
             */
            responded: number;
            /**
             * Format: int64
             * @description Recorded upheld (upheld in totality).
             */
            upheld: number;
            /**
             * Format: int64
             * @description Recorded not upheld.
             */
            notUpheld: number;
        };
        /**
         * OutstandingAction
         * @description An action a response promised, followed to completion.
         * @example {
         *       "description": "Put the road back on the garden waste round sheet",
         *       "dueDate": "2026-01-23",
         *       "id": "s1-a1",
         *       "source": "stage1",
         *       "completedOn": "2026-01-21"
         *     }
         */
        OutstandingAction: {
            /** @description Action id within the case (s1-a1). */
            id: string;
            /** @description What remains to be done. */
            description: string;
            /**
             * Format: date
             * @description By when.
             */
            dueDate: string;
            /**
             * @description The response that promised it.
             * @enum {string}
             */
            source: "stage1" | "stage2";
            /** @description When it was done. */
            completedOn: string | null;
        };
        /**
         * Pause
         * @description A pause of the response clock.
         * @example {
         *       "from": "2026-01-12",
         *       "until": "2026-01-14",
         *       "reason": "Waiting for the person to send photos of the bin",
         *       "workingDays": 2
         *     }
         */
        Pause: {
            /**
             * Format: date
             * @description Paused from.
             */
            from: string;
            /** @description Resumed on; null while paused. */
            until: string | null;
            /** @description Why. */
            reason: string;
            /** @description Working days paused, once resumed. */
            workingDays: number | null;
        };
        /**
         * PerformanceFigures
         * @description The figures for one group.
         * @example {
         *       "key": "total",
         *       "volumes": {
         *         "received": 48,
         *         "complaints": 40,
         *         "serviceRequests": 5,
         *         "signposted": 2,
         *         "untriaged": 1,
         *         "accepted": 36,
         *         "refused": 3,
         *         "withdrawn": 1,
         *         "refusedByCatalogueEntry": [
         *           {
         *             "code": "over_time_limit",
         *             "count": 2
         *           },
         *           {
         *             "code": "legal_action_started",
         *             "count": 1
         *           }
         *         ]
         *       },
         *       "stage1": {
         *         "acknowledgement": {
         *           "due": 39,
         *           "met": {
         *             "count": 37,
         *             "percent": 94.9
         *           },
         *           "late": {
         *             "count": 2,
         *             "percent": 5.1
         *           },
         *           "pending": {
         *             "count": 0,
         *             "percent": 0
         *           }
         *         },
         *         "response": {
         *           "due": 35,
         *           "withinCodeTimescale": {
         *             "count": 30,
         *             "percent": 85.7
         *           },
         *           "withinExtendedDate": {
         *             "count": 33,
         *             "percent": 94.3
         *           },
         *           "late": {
         *             "count": 2,
         *             "percent": 5.7
         *           },
         *           "pending": {
         *             "count": 0,
         *             "percent": 0
         *           },
         *           "extended": {
         *             "count": 5,
         *             "percent": 14.3
         *           },
         *           "extendedWithinCap": {
         *             "count": 5,
         *             "percent": 14.3
         *           },
         *           "extendedBeyondCap": {
         *             "count": 0,
         *             "percent": 0
         *           },
         *           "paused": {
         *             "count": 0,
         *             "percent": 0
         *           },
         *           "pausedWorkingDays": 0
         *         },
         *         "outcomes": {
         *           "responded": 35,
         *           "upheld": 21,
         *           "notUpheld": 14,
         *           "detailed": {
         *             "upheld": 21,
         *             "partlyUpheld": 0,
         *             "notUpheld": 14
         *           },
         *           "workingDaysToRespond": {
         *             "average": 8.4,
         *             "p90": 12
         *           }
         *         }
         *       },
         *       "stage2": {
         *         "acknowledgement": {
         *           "due": 5,
         *           "met": {
         *             "count": 5,
         *             "percent": 100
         *           },
         *           "late": {
         *             "count": 0,
         *             "percent": 0
         *           },
         *           "pending": {
         *             "count": 0,
         *             "percent": 0
         *           }
         *         },
         *         "response": {
         *           "due": 5,
         *           "withinCodeTimescale": {
         *             "count": 4,
         *             "percent": 80
         *           },
         *           "withinExtendedDate": {
         *             "count": 5,
         *             "percent": 100
         *           },
         *           "late": {
         *             "count": 0,
         *             "percent": 0
         *           },
         *           "pending": {
         *             "count": 0,
         *             "percent": 0
         *           },
         *           "extended": {
         *             "count": 1,
         *             "percent": 20
         *           },
         *           "extendedWithinCap": {
         *             "count": 1,
         *             "percent": 20
         *           },
         *           "extendedBeyondCap": {
         *             "count": 0,
         *             "percent": 0
         *           },
         *           "paused": {
         *             "count": 0,
         *             "percent": 0
         *           },
         *           "pausedWorkingDays": 0
         *         },
         *         "outcomes": {
         *           "responded": 5,
         *           "upheld": 1,
         *           "notUpheld": 4,
         *           "detailed": {
         *             "upheld": 1,
         *             "partlyUpheld": 0,
         *             "notUpheld": 4
         *           },
         *           "workingDaysToRespond": {
         *             "average": 15.2,
         *             "p90": 19
         *           }
         *         }
         *       },
         *       "escalations": {
         *         "requested": 6,
         *         "rate": 17.1,
         *         "refused": 1,
         *         "finalAtStage1": 0
         *       },
         *       "ombudsman": {
         *         "referred": 2,
         *         "decided": 1,
         *         "decisions": {
         *           "upheldFault": 0,
         *           "noFault": 1,
         *           "notInvestigated": 0,
         *           "closedAfterInitialEnquiries": 0
         *         }
         *       },
         *       "remedies": {
         *         "offered": 24,
         *         "done": 21,
         *         "open": 2,
         *         "overdue": 1,
         *         "undeliverable": 1,
         *         "financialTotalPence": 12750,
         *         "byType": [
         *           {
         *             "type": "apology",
         *             "offered": 18,
         *             "done": 17,
         *             "open": 1,
         *             "overdue": 0,
         *             "undeliverable": 0
         *           },
         *           {
         *             "type": "financial",
         *             "offered": 4,
         *             "done": 3,
         *             "open": 1,
         *             "overdue": 1,
         *             "undeliverable": 0
         *           },
         *           {
         *             "type": "record_amended",
         *             "offered": 2,
         *             "done": 1,
         *             "open": 0,
         *             "overdue": 0,
         *             "undeliverable": 1
         *           }
         *         ]
         *       },
         *       "dataQuality": {
         *         "actionsKeyedLate": 4,
         *         "casesWithActionsKeyedLate": 3
         *       }
         *     }
         */
        PerformanceFigures: {
            /** @description The group: YYYY-MM, a service area, a category, a channel; `total` for the whole period. "(none)" collects cases without one. */
            key: string;
            volumes: components["schemas"]["CaseVolumes"];
            stage1: components["schemas"]["StageFigures"];
            stage2: components["schemas"]["StageFigures"];
            escalations: components["schemas"]["EscalationFigures"];
            ombudsman: components["schemas"]["OmbudsmanFigures"];
            remedies: components["schemas"]["RemedyFigures"];
            /** @description Data quality: how promptly the council's records are kept. */
            dataQuality: components["schemas"]["DataQuality"];
        };
        /**
         * @description A council's complaint handling figures for a period. No personal data. Timeliness counts each duty in the period its due date falls in (the final due date, after extensions and pauses). Of those due: met = done on or before the due date; late = done after it, or not done and the due date has passed (as at `asAt`); pending = not done and not yet due: a case still open and not yet late is never counted as late. Percentages are of `due`, to one decimal place; null when nothing was due. Duties lapse when a case is withdrawn before meeting them, and refused complaints, service requests and signposted contacts have no response duty.
         * @example {
         *       "from": "2026-03-01",
         *       "to": "2026-03-31",
         *       "groupBy": "serviceArea",
         *       "asAt": "2026-04-01",
         *       "total": {
         *         "key": "total",
         *         "volumes": {
         *           "received": 5,
         *           "complaints": 4,
         *           "serviceRequests": 1,
         *           "signposted": 0,
         *           "untriaged": 0,
         *           "accepted": 4,
         *           "refused": 0,
         *           "withdrawn": 0,
         *           "refusedByCatalogueEntry": []
         *         },
         *         "stage1": {
         *           "acknowledgement": {
         *             "due": 4,
         *             "met": {
         *               "count": 4,
         *               "percent": 100
         *             },
         *             "late": {
         *               "count": 0,
         *               "percent": 0
         *             },
         *             "pending": {
         *               "count": 0,
         *               "percent": 0
         *             }
         *           },
         *           "response": {
         *             "due": 3,
         *             "withinCodeTimescale": {
         *               "count": 2,
         *               "percent": 66.7
         *             },
         *             "withinExtendedDate": {
         *               "count": 3,
         *               "percent": 100
         *             },
         *             "late": {
         *               "count": 0,
         *               "percent": 0
         *             },
         *             "pending": {
         *               "count": 0,
         *               "percent": 0
         *             },
         *             "extended": {
         *               "count": 1,
         *               "percent": 33.3
         *             },
         *             "extendedWithinCap": {
         *               "count": 1,
         *               "percent": 33.3
         *             },
         *             "extendedBeyondCap": {
         *               "count": 0,
         *               "percent": 0
         *             },
         *             "paused": {
         *               "count": 0,
         *               "percent": 0
         *             },
         *             "pausedWorkingDays": 0
         *           },
         *           "outcomes": {
         *             "responded": 3,
         *             "upheld": 2,
         *             "notUpheld": 1,
         *             "detailed": {
         *               "upheld": 2,
         *               "partlyUpheld": 0,
         *               "notUpheld": 1
         *             },
         *             "workingDaysToRespond": {
         *               "average": 9.3,
         *               "p90": 11.4
         *             }
         *           }
         *         },
         *         "stage2": {
         *           "acknowledgement": {
         *             "due": 1,
         *             "met": {
         *               "count": 1,
         *               "percent": 100
         *             },
         *             "late": {
         *               "count": 0,
         *               "percent": 0
         *             },
         *             "pending": {
         *               "count": 0,
         *               "percent": 0
         *             }
         *           },
         *           "response": {
         *             "due": 0,
         *             "withinCodeTimescale": {
         *               "count": 0,
         *               "percent": null
         *             },
         *             "withinExtendedDate": {
         *               "count": 0,
         *               "percent": null
         *             },
         *             "late": {
         *               "count": 0,
         *               "percent": null
         *             },
         *             "pending": {
         *               "count": 0,
         *               "percent": null
         *             },
         *             "extended": {
         *               "count": 0,
         *               "percent": null
         *             },
         *             "extendedWithinCap": {
         *               "count": 0,
         *               "percent": null
         *             },
         *             "extendedBeyondCap": {
         *               "count": 0,
         *               "percent": null
         *             },
         *             "paused": {
         *               "count": 0,
         *               "percent": null
         *             },
         *             "pausedWorkingDays": 0
         *           },
         *           "outcomes": {
         *             "responded": 0,
         *             "upheld": 0,
         *             "notUpheld": 0,
         *             "detailed": {
         *               "upheld": 0,
         *               "partlyUpheld": 0,
         *               "notUpheld": 0
         *             },
         *             "workingDaysToRespond": {
         *               "average": null,
         *               "p90": null
         *             }
         *           }
         *         },
         *         "escalations": {
         *           "requested": 1,
         *           "rate": 33.3,
         *           "refused": 0,
         *           "finalAtStage1": 0
         *         },
         *         "ombudsman": {
         *           "referred": 0,
         *           "decided": 1,
         *           "decisions": {
         *             "upheldFault": 0,
         *             "noFault": 1,
         *             "notInvestigated": 0,
         *             "closedAfterInitialEnquiries": 0
         *           }
         *         },
         *         "remedies": {
         *           "offered": 3,
         *           "done": 2,
         *           "open": 1,
         *           "overdue": 0,
         *           "undeliverable": 0,
         *           "financialTotalPence": 2500,
         *           "byType": [
         *             {
         *               "type": "apology",
         *               "offered": 2,
         *               "done": 2,
         *               "open": 0,
         *               "overdue": 0,
         *               "undeliverable": 0
         *             },
         *             {
         *               "type": "financial",
         *               "offered": 1,
         *               "done": 0,
         *               "open": 1,
         *               "overdue": 0,
         *               "undeliverable": 0
         *             }
         *           ]
         *         },
         *         "dataQuality": {
         *           "actionsKeyedLate": 1,
         *           "casesWithActionsKeyedLate": 1
         *         }
         *       },
         *       "groups": [
         *         {
         *           "key": "waste",
         *           "volumes": {
         *             "received": 5,
         *             "complaints": 4,
         *             "serviceRequests": 1,
         *             "signposted": 0,
         *             "untriaged": 0,
         *             "accepted": 4,
         *             "refused": 0,
         *             "withdrawn": 0,
         *             "refusedByCatalogueEntry": []
         *           },
         *           "stage1": {
         *             "acknowledgement": {
         *               "due": 4,
         *               "met": {
         *                 "count": 4,
         *                 "percent": 100
         *               },
         *               "late": {
         *                 "count": 0,
         *                 "percent": 0
         *               },
         *               "pending": {
         *                 "count": 0,
         *                 "percent": 0
         *               }
         *             },
         *             "response": {
         *               "due": 3,
         *               "withinCodeTimescale": {
         *                 "count": 2,
         *                 "percent": 66.7
         *               },
         *               "withinExtendedDate": {
         *                 "count": 3,
         *                 "percent": 100
         *               },
         *               "late": {
         *                 "count": 0,
         *                 "percent": 0
         *               },
         *               "pending": {
         *                 "count": 0,
         *                 "percent": 0
         *               },
         *               "extended": {
         *                 "count": 1,
         *                 "percent": 33.3
         *               },
         *               "extendedWithinCap": {
         *                 "count": 1,
         *                 "percent": 33.3
         *               },
         *               "extendedBeyondCap": {
         *                 "count": 0,
         *                 "percent": 0
         *               },
         *               "paused": {
         *                 "count": 0,
         *                 "percent": 0
         *               },
         *               "pausedWorkingDays": 0
         *             },
         *             "outcomes": {
         *               "responded": 3,
         *               "upheld": 2,
         *               "notUpheld": 1,
         *               "detailed": {
         *                 "upheld": 2,
         *                 "partlyUpheld": 0,
         *                 "notUpheld": 1
         *               },
         *               "workingDaysToRespond": {
         *                 "average": 9.3,
         *                 "p90": 11.4
         *               }
         *             }
         *           },
         *           "stage2": {
         *             "acknowledgement": {
         *               "due": 1,
         *               "met": {
         *                 "count": 1,
         *                 "percent": 100
         *               },
         *               "late": {
         *                 "count": 0,
         *                 "percent": 0
         *               },
         *               "pending": {
         *                 "count": 0,
         *                 "percent": 0
         *               }
         *             },
         *             "response": {
         *               "due": 0,
         *               "withinCodeTimescale": {
         *                 "count": 0,
         *                 "percent": null
         *               },
         *               "withinExtendedDate": {
         *                 "count": 0,
         *                 "percent": null
         *               },
         *               "late": {
         *                 "count": 0,
         *                 "percent": null
         *               },
         *               "pending": {
         *                 "count": 0,
         *                 "percent": null
         *               },
         *               "extended": {
         *                 "count": 0,
         *                 "percent": null
         *               },
         *               "extendedWithinCap": {
         *                 "count": 0,
         *                 "percent": null
         *               },
         *               "extendedBeyondCap": {
         *                 "count": 0,
         *                 "percent": null
         *               },
         *               "paused": {
         *                 "count": 0,
         *                 "percent": null
         *               },
         *               "pausedWorkingDays": 0
         *             },
         *             "outcomes": {
         *               "responded": 0,
         *               "upheld": 0,
         *               "notUpheld": 0,
         *               "detailed": {
         *                 "upheld": 0,
         *                 "partlyUpheld": 0,
         *                 "notUpheld": 0
         *               },
         *               "workingDaysToRespond": {
         *                 "average": null,
         *                 "p90": null
         *               }
         *             }
         *           },
         *           "escalations": {
         *             "requested": 1,
         *             "rate": 33.3,
         *             "refused": 0,
         *             "finalAtStage1": 0
         *           },
         *           "ombudsman": {
         *             "referred": 0,
         *             "decided": 1,
         *             "decisions": {
         *               "upheldFault": 0,
         *               "noFault": 1,
         *               "notInvestigated": 0,
         *               "closedAfterInitialEnquiries": 0
         *             }
         *           },
         *           "remedies": {
         *             "offered": 3,
         *             "done": 2,
         *             "open": 1,
         *             "overdue": 0,
         *             "undeliverable": 0,
         *             "financialTotalPence": 2500,
         *             "byType": [
         *               {
         *                 "type": "apology",
         *                 "offered": 2,
         *                 "done": 2,
         *                 "open": 0,
         *                 "overdue": 0,
         *                 "undeliverable": 0
         *               },
         *               {
         *                 "type": "financial",
         *                 "offered": 1,
         *                 "done": 0,
         *                 "open": 1,
         *                 "overdue": 0,
         *                 "undeliverable": 0
         *               }
         *             ]
         *           },
         *           "dataQuality": {
         *             "actionsKeyedLate": 1,
         *             "casesWithActionsKeyedLate": 1
         *           }
         *         }
         *       ],
         *       "openNow": {
         *         "open": 3,
         *         "stage1": 3,
         *         "stage2": 0,
         *         "overdue": 0,
         *         "dueWithin5WorkingDays": 2
         *       },
         *       "learning": {
         *         "recorded": 2,
         *         "done": 1,
         *         "open": 1,
         *         "overdue": 0,
         *         "complaintsLinked": 2
         *       }
         *     }
         */
        PerformanceReport: {
            /**
             * Format: date
             * @description First day of the period.
             */
            from: string;
            /**
             * Format: date
             * @description Last day of the period.
             */
            to: string;
            /**
             * @description How to group: month (of each figure's own date), the lead service area, category (a case counts in each of its categories, so groups may sum to more than the total), channel; none for the total only.
             * @enum {string}
             */
            groupBy: "none" | "month" | "serviceArea" | "category" | "channel";
            /**
             * Format: date
             * @description The London date the figures are as at: decides what is late and what is still pending.
             */
            asAt: string;
            /** @description The figures for one group. */
            total: components["schemas"]["PerformanceFigures"];
            /** @description One per group, in key order; every month of the period when grouped by month. */
            groups: components["schemas"]["PerformanceFigures"][];
            /** @description The open caseload as at `asAt`, whatever the period. */
            openNow: components["schemas"]["OpenCaseload"];
            /** @description The learning register in figures. */
            learning: components["schemas"]["LearningFigures"];
        };
        /**
         * Person
         * @description The person the complaint is from (personal data).
         * @example {
         *       "name": "Sam Taylor",
         *       "email": "sam.taylor@example.org",
         *       "preferredContactMethod": "email"
         *     }
         */
        Person: {
            /** @description Full name. */
            name: string;
            /**
             * Format: email
             * @description Email address.
             */
            email?: string;
            /** @description Telephone number. */
            phone?: string;
            /** @description Postal address. */
            address?: string;
            /**
             * @description How the person prefers to be contacted.
             * @enum {string}
             */
            preferredContactMethod?: "email" | "phone" | "letter" | "in_person" | "text_message";
            /** @description Reasonable adjustments needed (Equality Act 2010), kept under review (Code 5.6). */
            reasonableAdjustments?: string;
            /** @description Vulnerability the council should take into account. */
            vulnerability?: string;
        };
        /**
         * PersonPatch
         * @description Changes to the person, field by field; null removes an optional field.
         * @example {
         *       "phone": "01632 960 123",
         *       "preferredContactMethod": "phone"
         *     }
         */
        PersonPatch: {
            /** @description Full name. */
            name?: string;
            /** @description Email address. */
            email?: string | null;
            /** @description Telephone number. */
            phone?: string | null;
            /** @description Postal address. */
            address?: string | null;
            /** @description How the person prefers to be contacted. */
            preferredContactMethod?: ("email" | "phone" | "letter" | "in_person" | "text_message") | null;
            /** @description Reasonable adjustments needed (Equality Act 2010), kept under review (Code 5.6). */
            reasonableAdjustments?: string | null;
            /** @description Vulnerability the council should take into account. */
            vulnerability?: string | null;
        };
        /**
         * Policy
         * @description A council's complaint-handling policy as data.
         * @example {
         *       "id": "lgsco-2024",
         *       "basedOn": null,
         *       "source": "LGSCO Complaint Handling Code, February 2024 (applied from 1 April 2026)",
         *       "stage1": {
         *         "acknowledgement": {
         *           "workingDays": 5,
         *           "anchor": "receipt"
         *         },
         *         "response": {
         *           "workingDays": 10,
         *           "anchor": "acknowledgement"
         *         },
         *         "extensionCapWorkingDays": 10
         *       },
         *       "stage2": {
         *         "acknowledgement": {
         *           "workingDays": 5,
         *           "anchor": "escalation_request"
         *         },
         *         "response": {
         *           "workingDays": 20,
         *           "anchor": "acknowledgement"
         *         },
         *         "extensionCapWorkingDays": 20
         *       },
         *       "escalationWindow": {
         *         "kind": "none"
         *       },
         *       "timeLimitMonths": 12,
         *       "outcomeScheme": "two_way",
         *       "unexplainedEscalationMayBeFinal": false,
         *       "clockMayPause": false,
         *       "personMayRefuseExtension": false,
         *       "exclusions": [
         *         {
         *           "code": "legal_action_started",
         *           "label": "Legal action begun",
         *           "description": "The person (or their representative) has already commenced legal action about the matter.",
         *           "signpostsTo": "The court dealing with the legal action"
         *         },
         *         {
         *           "code": "statutory_appeal",
         *           "label": "Statutory right of appeal",
         *           "description": "There is a statutory right of appeal to a tribunal, a government minister or a court that it is reasonable to expect the person to use.",
         *           "signpostsTo": "The relevant tribunal, minister or court"
         *         },
         *         {
         *           "code": "already_under_appeal",
         *           "label": "Already subject to appeal",
         *           "description": "The matter has been, or is, subject to an appeal with a tribunal, minister or court, even if the person is not the appellant.",
         *           "signpostsTo": null
         *         },
         *         {
         *           "code": "internal_review_available",
         *           "label": "Internal appeal or review available",
         *           "description": "The person can appeal or ask for a review through an internal appeal or review process.",
         *           "signpostsTo": "The council's internal review process"
         *         },
         *         {
         *           "code": "already_considered",
         *           "label": "Already considered",
         *           "description": "A complaint about the same matter was previously considered under the complaints policy or by the Ombudsman.",
         *           "signpostsTo": null
         *         },
         *         {
         *           "code": "prejudice_ongoing_action",
         *           "label": "Would prejudice ongoing action",
         *           "description": "Ongoing action by the council or another party would be prejudiced by considering the complaint.",
         *           "signpostsTo": null
         *         },
         *         {
         *           "code": "personnel_matter",
         *           "label": "Personnel matter",
         *           "description": "Recruitment, pay, grievances, removals, discipline and pensions.",
         *           "signpostsTo": null
         *         },
         *         {
         *           "code": "over_time_limit",
         *           "label": "More than 12 months",
         *           "description": "Raised more than 12 months after the issue occurred or the person became aware of it, with no good reason to accept it (Code 2.2).",
         *           "signpostsTo": "Local Government and Social Care Ombudsman"
         *         }
         *       ]
         *     }
         */
        Policy: {
            /** @description Identifier of the policy (a preset id, or the council's own). */
            id: string;
            /** @description Preset this policy was derived from, or null. */
            basedOn: string | null;
            /** @description The document the policy follows, for audit. */
            source: string;
            /** @description Timescales of one internal stage. */
            stage1: components["schemas"]["StageTimescales"];
            /** @description Timescales of one internal stage. */
            stage2: components["schemas"]["StageTimescales"];
            /** @description How long after the stage 1 response the person may escalate within the normal process; later requests need a decision. */
            escalationWindow: {
                /**
                 * @description No window: the person may escalate at any time.
                 * @enum {string}
                 */
                kind: "none";
            } | {
                /**
                 * @description Whether the window counts calendar days or working days.
                 * @enum {string}
                 */
                kind: "calendar_days" | "working_days";
                /**
                 * Format: int32
                 * @description Length of the window, counted from the stage 1 response.
                 */
                days: number;
            };
            /**
             * Format: int32
             * @description Complaints are normally raised within this many months of the person becoming aware of the issue (Code 2.2); later ones need a reason to accept.
             */
            timeLimitMonths: number;
            /**
             * @description Findings per aspect: upheld / not upheld, or also partly upheld. The recorded outcome is upheld in totality either way.
             * @enum {string}
             */
            outcomeScheme: "two_way" | "three_way";
            /** @description Whether an escalation that gives no reason may be answered by making the complete stage 1 response final. */
            unexplainedEscalationMayBeFinal: boolean;
            /** @description Whether handlers may pause the response clock (paused working days move due dates and are reported). */
            clockMayPause: boolean;
            /** @description Whether the policy records the person's refusal of an extension (they are then given the Ombudsman's details). */
            personMayRefuseExtension: boolean;
            /**
             * Format: int32
             * @description Regular updates: an open case with no recorded contact (correspondence in or out, or since receipt) for more than this many working days shows in the work queue as "update due". Default 10.
             */
            updateEveryWorkingDays?: number;
            /**
             * Format: int32
             * @description Data quality: an action keyed in more than this many working days after it happened (its occurredAt) counts as keyed late in the reports. Default 5.
             */
            keyedLateAfterWorkingDays?: number;
            /** @description The catalogue of matters not considered; refusals must name entries from it. */
            exclusions: components["schemas"]["Exclusion"][];
            /**
             * Format: int32
             * @description How many working days before a due date the `deadline.approaching` event is sent (0: never). Absent: 2.
             */
            deadlineAlertWorkingDays?: number;
        };
        /**
         * @description A new version of the council's policy.
         * @example {
         *       "preset": "lgsco-2024",
         *       "overrides": {
         *         "stage1": {
         *           "response": {
         *             "workingDays": 15
         *           }
         *         }
         *       }
         *     }
         */
        PolicyChange: {
            /** @description The preset to start from: one of lgsco-2024, west-oxfordshire-2025, oxford-draft, runnymede-2024. */
            preset: string;
            /**
             * @description Changes to the preset, merged key by key (e.g. `{ "stage1": { "response": { "workingDays": 15 } } }`); the exclusion catalogue is replaced whole.
             * @default {}
             */
            overrides?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description The council's policy history.
         * @example {
         *       "items": [
         *         {
         *           "version": 0,
         *           "preset": "lgsco-2024",
         *           "overrides": {},
         *           "createdBy": null,
         *           "createdAt": null
         *         },
         *         {
         *           "version": 1,
         *           "preset": "lgsco-2024",
         *           "overrides": {
         *             "stage1": {
         *               "response": {
         *                 "workingDays": 15
         *               }
         *             }
         *           },
         *           "createdBy": "alice",
         *           "createdAt": "2026-04-01T09:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        PolicyHistory: {
            /** @description Every version, oldest first, starting with version 0 (the Code's defaults). */
            items: {
                /**
                 * Format: int64
                 * @description The version number; a case's `policy.version` names the one it runs under.
                 */
                version: number;
                /** @description The preset this version starts from. */
                preset: string;
                /** @description The council's changes to the preset in this version. */
                overrides: {
                    [key: string]: unknown;
                };
                /** @description Who recorded this version; null for version 0, the Code's defaults. */
                createdBy: string | null;
                /** @description When this version was recorded; null for version 0. */
                createdAt: string | null;
            }[];
        };
        /**
         * PolicyReference
         * @description The policy the case runs under: the version in force when it started.
         * @example {
         *       "id": "lgsco-2024",
         *       "version": 0
         *     }
         */
        PolicyReference: {
            /** @description Policy id. */
            id: string;
            /**
             * Format: int64
             * @description Version of the council's policy the case started under (0: the Code's defaults).
             */
            version: number;
        };
        /**
         * PolicyVersion
         * @description The council's policy in force: new cases start under it; open cases keep the version they started under.
         * @example {
         *       "version": 0,
         *       "preset": "lgsco-2024",
         *       "overrides": {},
         *       "createdBy": null,
         *       "createdAt": null,
         *       "policy": {
         *         "id": "lgsco-2024",
         *         "basedOn": null,
         *         "source": "LGSCO Complaint Handling Code, February 2024 (applied from 1 April 2026)",
         *         "stage1": {
         *           "acknowledgement": {
         *             "workingDays": 5,
         *             "anchor": "receipt"
         *           },
         *           "response": {
         *             "workingDays": 10,
         *             "anchor": "acknowledgement"
         *           },
         *           "extensionCapWorkingDays": 10
         *         },
         *         "stage2": {
         *           "acknowledgement": {
         *             "workingDays": 5,
         *             "anchor": "escalation_request"
         *           },
         *           "response": {
         *             "workingDays": 20,
         *             "anchor": "acknowledgement"
         *           },
         *           "extensionCapWorkingDays": 20
         *         },
         *         "escalationWindow": {
         *           "kind": "none"
         *         },
         *         "timeLimitMonths": 12,
         *         "outcomeScheme": "two_way",
         *         "unexplainedEscalationMayBeFinal": false,
         *         "clockMayPause": false,
         *         "personMayRefuseExtension": false,
         *         "exclusions": [
         *           {
         *             "code": "legal_action_started",
         *             "label": "Legal action begun",
         *             "description": "The person (or their representative) has already commenced legal action about the matter.",
         *             "signpostsTo": "The court dealing with the legal action"
         *           },
         *           {
         *             "code": "statutory_appeal",
         *             "label": "Statutory right of appeal",
         *             "description": "There is a statutory right of appeal to a tribunal, a government minister or a court that it is reasonable to expect the person to use.",
         *             "signpostsTo": "The relevant tribunal, minister or court"
         *           },
         *           {
         *             "code": "already_under_appeal",
         *             "label": "Already subject to appeal",
         *             "description": "The matter has been, or is, subject to an appeal with a tribunal, minister or court, even if the person is not the appellant.",
         *             "signpostsTo": null
         *           },
         *           {
         *             "code": "internal_review_available",
         *             "label": "Internal appeal or review available",
         *             "description": "The person can appeal or ask for a review through an internal appeal or review process.",
         *             "signpostsTo": "The council's internal review process"
         *           },
         *           {
         *             "code": "already_considered",
         *             "label": "Already considered",
         *             "description": "A complaint about the same matter was previously considered under the complaints policy or by the Ombudsman.",
         *             "signpostsTo": null
         *           },
         *           {
         *             "code": "prejudice_ongoing_action",
         *             "label": "Would prejudice ongoing action",
         *             "description": "Ongoing action by the council or another party would be prejudiced by considering the complaint.",
         *             "signpostsTo": null
         *           },
         *           {
         *             "code": "personnel_matter",
         *             "label": "Personnel matter",
         *             "description": "Recruitment, pay, grievances, removals, discipline and pensions.",
         *             "signpostsTo": null
         *           },
         *           {
         *             "code": "over_time_limit",
         *             "label": "More than 12 months",
         *             "description": "Raised more than 12 months after the issue occurred or the person became aware of it, with no good reason to accept it (Code 2.2).",
         *             "signpostsTo": "Local Government and Social Care Ombudsman"
         *           }
         *         ]
         *       }
         *     }
         */
        PolicyVersion: {
            /**
             * Format: int64
             * @description Version of the council's policy; 0 is the Code's defaults, in force until the council records its own. Also the ETag.
             */
            version: number;
            /** @description The preset the policy starts from. */
            preset: string;
            /** @description The council's changes to the preset, as recorded. */
            overrides: {
                [key: string]: unknown;
            };
            /** @description A council's complaint-handling policy as data. */
            policy: components["schemas"]["Policy"];
            /** @description Who recorded this version; null for the Code's defaults. */
            createdBy: string | null;
            /** @description When this version was recorded; null for the Code's defaults. */
            createdAt: string | null;
        };
        /**
         * Principal
         * @description Who the bearer token identifies, as `GET /v1/me` returns it.
         * @example {
         *       "subject": "alice",
         *       "council": {
         *         "slug": "demo",
         *         "name": "Demo District Council"
         *       },
         *       "roles": [
         *         "complaints_team"
         *       ]
         *     }
         */
        Principal: {
            /** @description Who the token was issued to (`sub`). */
            subject: string;
            council: {
                /** @description The council the token acts for. */
                slug: string;
                /** @description The council's name. */
                name: string;
            };
            /** @description The roles this API recognised in the token. */
            roles: string[];
        };
        /**
         * Problem
         * @description An RFC 9457 problem detail.
         * @example {
         *       "type": "urn:problem:case.version_mismatch",
         *       "title": "Precondition Failed",
         *       "status": 412,
         *       "code": "CASE.VERSION_MISMATCH",
         *       "requestId": "7b1e9c2a-5d44-4f0e-8a63-0c2d9e4f1a57",
         *       "detail": "The case is at version 5, not 4: read it again.",
         *       "instance": "/v1/complaints/08416614-fd1f-4ae5-8179-d4bc027d067f/extensions"
         *     }
         * @example {
         *       "type": "urn:problem:validation",
         *       "title": "Invalid request",
         *       "status": 400,
         *       "code": "VALIDATION",
         *       "requestId": "0d8f3b6e-2a71-4c95-b1e4-6f9a2c3d7e18",
         *       "detail": "body/person/email: must match format \"email\"",
         *       "instance": "/v1/complaints",
         *       "errors": [
         *         {
         *           "location": "body",
         *           "field": "/person/email",
         *           "rule": "format",
         *           "message": "must match format \"email\""
         *         }
         *       ]
         *     }
         */
        Problem: {
            /** @description URI naming the kind of problem; `about:blank` when the status says it all. */
            type: string;
            /** @description Short summary of the kind of problem. */
            title: string;
            /**
             * Format: int64
             * @description The HTTP status code.
             */
            status: number;
            /** @description This occurrence of the problem, in words. */
            detail?: string;
            /** @description The request path the problem occurred on. */
            instance?: string;
            /**
             * @description Stable machine-readable code, e.g. `VALIDATION` or `CASE.NOT_ACKNOWLEDGED`.
             * @enum {string}
             */
            code: "AUTH.COUNCIL_REQUIRED" | "AUTH.COUNCIL_SUSPENDED" | "AUTH.FORBIDDEN" | "AUTH.OPERATOR_ONLY" | "AUTH.UNAUTHENTICATED" | "AUTH.UNKNOWN_COUNCIL" | "BAD_REQUEST" | "BODY_TOO_LARGE" | "CALENDAR.INVALID_COUNT" | "CALENDAR.INVALID_DATE" | "CALENDAR.INVALID_INSTANT" | "CALENDAR.INVALID_RANGE" | "CALENDAR.OUT_OF_RANGE" | "CALENDAR.UNKNOWN_DIVISION" | "CASE.ACTION_ALREADY_COMPLETED" | "CASE.ACTION_NOT_FOUND" | "CASE.ALREADY_ACKNOWLEDGED" | "CASE.ALREADY_CORRECTED" | "CASE.ALREADY_ESCALATED" | "CASE.ALREADY_EXISTS" | "CASE.ALREADY_PAUSED" | "CASE.ALREADY_REFERRED" | "CASE.ALREADY_RESPONDED" | "CASE.ALREADY_TRIAGED" | "CASE.CLOCK_PAUSED" | "CASE.CLOSED" | "CASE.CORRECTION_NOT_LATEST" | "CASE.DATE_IN_FUTURE" | "CASE.DATE_IN_PAST" | "CASE.DATE_OUT_OF_ORDER" | "CASE.DOWNGRADE_NEEDS_AGREEMENT" | "CASE.ESCALATION_ACCEPT_NEEDS_REASON" | "CASE.ESCALATION_ALREADY_DECIDED" | "CASE.ESCALATION_DECISION_NOT_NEEDED" | "CASE.ESCALATION_DECISION_REQUIRED" | "CASE.ESCALATION_WAS_EXPLAINED" | "CASE.EXPLANATION_REQUIRED" | "CASE.EXTENSION_AMOUNT_REQUIRED" | "CASE.EXTENSION_NEEDS_OMBUDSMAN_DETAILS" | "CASE.EXTENSION_NEEDS_REASON" | "CASE.EXTENSION_NOT_LATER" | "CASE.EXTENSION_OVER_CAP" | "CASE.EXTENSION_REFUSAL_NOT_IN_POLICY" | "CASE.EXTENSION_TOO_LONG" | "CASE.FINAL_AT_STAGE1_NOT_ALLOWED" | "CASE.FINDING_NOT_IN_SCHEME" | "CASE.INVALID_AMENDMENT" | "CASE.INVALID_DATE" | "CASE.NOT_ACKNOWLEDGED" | "CASE.NOT_A_COMPLAINT" | "CASE.NOT_A_SERVICE_REQUEST" | "CASE.NOT_CORRECTABLE" | "CASE.NOT_ESCALATED" | "CASE.NOT_FOUND" | "CASE.NOT_PAUSED" | "CASE.NOT_RECEIVED" | "CASE.NOT_REFERRED" | "CASE.NOT_RESPONDED" | "CASE.NOT_TRIAGED" | "CASE.OMBUDSMAN_DECISION_EXISTS" | "CASE.OMBUDSMAN_RIGHT_REQUIRED" | "CASE.OUTSIDE_TIME_LIMIT_REASON_REQUIRED" | "CASE.PAUSE_NOT_ALLOWED" | "CASE.POLICY_MISMATCH" | "CASE.PROCESS_ENDED" | "CASE.REFUSAL_NEEDS_EXCLUSION" | "CASE.REFUSAL_NEEDS_EXPLANATION" | "CASE.REFUSED" | "CASE.REMEDY_NOT_FOUND" | "CASE.REMEDY_NOT_OPEN" | "CASE.RESPONSE_INCOMPLETE" | "CASE.SIGNPOST_DETAILS_REQUIRED" | "CASE.STAGE2_HANDLER_NOT_INDEPENDENT" | "CASE.STILL_OPEN" | "CASE.UNKNOWN_EXCLUSION" | "CASE.VERSION_MISMATCH" | "CASE.WITHDRAWN" | "CORRESPONDENCE.BEFORE_RECEIPT" | "CORRESPONDENCE.DUTY_NEEDS_OUTGOING" | "CORRESPONDENCE.IN_FUTURE" | "COUNCIL.INVALID" | "COUNCIL.NOT_FOUND" | "COUNCIL.SLUG_TAKEN" | "DATABASE_UNAVAILABLE" | "EVENTS.INVALID_CURSOR" | "EVENTS.UNKNOWN_TYPE" | "EXCLUSION_CHECK.AWARE_AFTER_RECEIPT" | "EXCLUSION_CHECK.SAME_CASE" | "EXCLUSION_CHECK.UNKNOWN_CASE" | "EXCLUSION_CHECK.UNKNOWN_EXCLUSION" | "HEADERS_TOO_LARGE" | "IDEMPOTENCY.KEY_REUSED" | "IDP.INVALID" | "IDP.ISSUER_TAKEN" | "IDP.NOT_FOUND" | "INTAKE.ANONYMOUS_WITH_PERSON" | "INTAKE.PERSON_REQUIRED" | "INTERNAL" | "LEARNING.NOT_FOUND" | "LEARNING.UNKNOWN_CASE" | "MALFORMED_JSON" | "MALFORMED_URL" | "METRICS.UNAUTHENTICATED" | "NOT_FOUND" | "OVERLOADED" | "POLICY.INVALID" | "POLICY.VERSION_MISMATCH" | "POLICY.VERSION_NOT_FOUND" | "PUBLIC_INTAKE.NOT_AVAILABLE" | "PUBLIC_INTAKE.ORIGIN_NOT_ALLOWED" | "RATE_LIMITED" | "REQUEST_TIMEOUT" | "SELF_ASSESSMENT.INCOMPLETE" | "SELF_ASSESSMENT.NOT_SIGNED_OFF" | "SELF_ASSESSMENT.PUBLISHED_CONCURRENTLY" | "SELF_ASSESSMENT.VERSION_NOT_FOUND" | "STAFF.INACTIVE" | "STAFF.MAY_NOT_HANDLE_STAGE1" | "STAFF.MAY_NOT_REVIEW_STAGE2" | "STAFF.NOT_FOUND" | "STAFF.NOT_STAFF" | "STAFF.NO_SUCCESSOR" | "UNSUPPORTED_MEDIA_TYPE" | "URI_TOO_LONG" | "VALIDATION" | "WEBHOOK.EVENT_NOT_FOUND" | "WEBHOOK.NOT_FOUND" | "WEBHOOK.REPLAY_TOO_LARGE" | "WEBHOOK.URL_NOT_ALLOWED";
            /** @description The request id, also sent as the `x-request-id` header. */
            requestId: string;
            /** @description The invalid fields (validation problems). */
            errors?: {
                /**
                 * @description The part of the request that holds the field.
                 * @enum {string}
                 */
                location: "body" | "querystring" | "params" | "headers";
                /** @description JSON pointer to the field within that part, e.g. `/person/email`. */
                field: string;
                /** @description The rule the value broke, e.g. `required`, `format`, `additionalProperties`. */
                rule: string;
                /** @description The rule in words. */
                message: string;
            }[];
            /** @description Names of required items that are missing. */
            missing?: string[];
        } & {
            [key: string]: unknown;
        };
        /**
         * PromisedAction
         * @description A follow-up action tracked to completion after the response (Code 6.6).
         * @example {
         *       "description": "Put the road back on the garden waste round sheet",
         *       "dueDate": "2026-01-23"
         *     }
         */
        PromisedAction: {
            /** @description What remains to be done after the response. */
            description: string;
            /**
             * Format: date
             * @description A calendar date (YYYY-MM-DD) in the years 1900-2200, read as a date in Europe/London.
             * @example 2025-12-19
             */
            dueDate: string;
        };
        /**
         * @description The council's own answer for a provision: whether it complies, its commentary and actions.
         * @example {
         *       "ref": "5.2",
         *       "complies": true,
         *       "evidence": "The complaints policy has two stages",
         *       "links": [
         *         "https://www.demo.gov.uk/complaints-policy"
         *       ],
         *       "commentary": "The informal \"stage 0\" was removed in 2025",
         *       "action": null,
         *       "answeredBy": "alice",
         *       "answeredAt": "2026-04-07T14:00:00.000Z"
         *     }
         * @example {
         *       "ref": "3.1",
         *       "complies": false,
         *       "evidence": "The policy is published in standard print only",
         *       "links": [
         *         "https://www.demo.gov.uk/complaints-policy"
         *       ],
         *       "commentary": "Easy read and large print versions are being prepared",
         *       "action": {
         *         "text": "Publish the complaints policy in easy read and large print",
         *         "dueOn": "2026-06-30"
         *       },
         *       "answeredBy": "alice",
         *       "answeredAt": "2026-04-07T14:00:00.000Z"
         *     }
         */
        ProvisionAnswer: {
            /**
             * @description A provision of the Code: its paragraph number (e.g. `6.2`), or `<section>.<name>` where the paragraph is not numbered (`6.stage2.response`).
             * @enum {string}
             */
            ref: "1.2" | "1.4" | "1.5" | "1.7" | "1.8" | "2.1" | "2.2" | "2.3" | "2.4" | "2.5" | "3.1" | "3.4" | "3.6" | "3.7" | "3.8" | "4.1" | "5.1" | "5.2" | "5.4" | "5.5" | "5.6" | "5.7" | "6.1" | "6.2" | "6.3" | "6.4" | "6.5" | "6.6" | "6.7" | "6.stage2.acknowledgement" | "6.stage2.response" | "6.stage2.extension" | "6.stage2.independent" | "7.1" | "7.2" | "7.3" | "7.4" | "7.5" | "8.1" | "8.exceptional" | "8.2" | "8.3" | "9.1-9.3" | "9.4" | "9.5" | "9.7";
            /** @description Whether the council says it complies; null for a provision evidenced from data. */
            complies: boolean | null;
            /** @description The evidence, in words. */
            evidence: string;
            /** @description Links to evidence. */
            links: string[];
            /** @description Commentary and explanation. */
            commentary: string;
            /** @description The action and its date; null when none. */
            action: components["schemas"]["ComplianceAction"] | null;
            /** @description Who answered (token subject). */
            answeredBy: string;
            /**
             * Format: date-time
             * @description When.
             */
            answeredAt: string;
        };
        /**
         * @description The council's answer for one provision.
         * @example {
         *       "complies": true,
         *       "evidence": "The complaints policy has two stages",
         *       "links": [
         *         "https://www.demo.gov.uk/complaints-policy"
         *       ],
         *       "commentary": "The informal \"stage 0\" was removed in 2025",
         *       "action": null
         *     }
         */
        ProvisionAnswerInput: {
            /** @description Whether the council complies. Required for a provision the data cannot evidence; not allowed for one evidenced from data (the data says). */
            complies?: boolean;
            /** @description The evidence, in words (may be empty for a provision evidenced from data). */
            evidence: string;
            /**
             * @description Links to evidence.
             * @default []
             */
            links?: string[];
            /** @description Commentary and explanation. */
            commentary: string;
            /**
             * @description An action with its date, where the council does not (fully) comply; null when none.
             * @default null
             */
            action?: components["schemas"]["ComplianceAction"] | null;
        };
        /**
         * @description What the council's data shows for a provision evidenced from data.
         * @example {
         *       "key": "stage1_acknowledgement",
         *       "requirement": "Stage 1 acknowledged within 5 working days of receipt",
         *       "codeReference": "6.2",
         *       "figure": "37 of 39 that fell due (94.9%) on time; 2 late; 0 not yet due (not counted)",
         *       "value": 94.9,
         *       "target": "100% on time",
         *       "rule": "Met when at least 100% of the duties that fell due in the period were done on time; amber from 90%. Duties still open and not yet due are shown apart and never count as met.",
         *       "rating": "amber",
         *       "met": false
         *     }
         */
        ProvisionEvidence: {
            /** @description Which figure. */
            key: string;
            /** @description The requirement in the words of the council's policy. */
            requirement: string;
            /** @description Paragraph(s) of the Code. */
            codeReference: string;
            /** @description What the data shows, in words. */
            figure: string;
            /** @description The figure as a number (a percentage or a count); null when nothing could be measured. */
            value: number | null;
            /** @description The threshold. */
            target: string;
            /** @description When the requirement counts as met, in words. */
            rule: string;
            /**
             * @description met, amber (not met), not_met, or nothing_due.
             * @enum {string}
             */
            rating: "met" | "amber" | "not_met" | "nothing_due";
            /** @description Whether met; null when nothing fell due. */
            met: boolean | null;
        };
        /**
         * @description How many provisions have each status.
         * @example {
         *       "met": 5,
         *       "amber": 2,
         *       "not_met": 1,
         *       "nothing_due": 2,
         *       "complies": 35,
         *       "does_not_comply": 1,
         *       "not_answered": 0
         *     }
         */
        ProvisionStatusCounts: {
            /**
             * Format: int64
             * @description Provisions with status met.
             */
            met: number;
            /**
             * Format: int64
             * @description Provisions with status amber.
             */
            amber: number;
            /**
             * Format: int64
             * @description Provisions with status not_met.
             */
            not_met: number;
            /**
             * Format: int64
             * @description Provisions with status nothing_due.
             */
            nothing_due: number;
            /**
             * Format: int64
             * @description Provisions with status complies.
             */
            complies: number;
            /**
             * Format: int64
             * @description Provisions with status does_not_comply.
             */
            does_not_comply: number;
            /**
             * Format: int64
             * @description Provisions with status not_answered.
             */
            not_answered: number;
        };
        /**
         * @description A complaint from a website form. The channel is `web_form` and it is received now.
         * @example {
         *       "person": {
         *         "name": "Sam Taylor",
         *         "email": "sam.taylor@example.org",
         *         "preferredContactMethod": "email"
         *       },
         *       "summary": "Garden waste not collected for a month, and calls about it not returned",
         *       "awareOn": "2025-12-15",
         *       "serviceAreas": [
         *         "waste"
         *       ]
         *     }
         */
        PublicComplaint: {
            /**
             * @description Made anonymously: no person is recorded.
             * @default false
             */
            anonymous?: boolean;
            /** @description The person the complaint is from (personal data). */
            person?: components["schemas"]["Person"];
            /** @description Someone complaining on the person's behalf (personal data). */
            representative?: components["schemas"]["Representative"];
            /** @description What the complaint is about, in the person's words. */
            summary: string;
            /** @description What the person wants to happen. */
            desiredOutcome?: string;
            /**
             * Format: date
             * @description A calendar date (YYYY-MM-DD) in the years 1900-2200, read as a date in Europe/London.
             * @example 2025-12-19
             */
            awareOn?: string;
            /** @description Service areas the complaint concerns, as the form offers them. */
            serviceAreas?: string[];
            /** @description Categories, as the form offers them. */
            categories?: string[];
        };
        /**
         * @description The receipt: no personal data, nothing beyond the reference and dates.
         * @example {
         *       "reference": "DEMO-2026-000001",
         *       "receivedAt": "2026-01-05T09:00:00.000Z",
         *       "acknowledgementDue": "2026-01-12"
         *     }
         */
        PublicComplaintReceipt: {
            /** @description The complaint's reference, to quote in any contact. */
            reference: string;
            /**
             * Format: date-time
             * @description When it was received.
             */
            receivedAt: string;
            /**
             * Format: date
             * @description The council will acknowledge it by the end of this day (Europe/London).
             */
            acknowledgementDue: string;
        };
        /**
         * @description A published version of the self-assessment.
         * @example {
         *       "version": 1,
         *       "publishedBy": "alice",
         *       "publishedAt": "2026-04-10T12:00:00.000Z",
         *       "content": {
         *         "year": 2025,
         *         "asAt": "2026-04-10",
         *         "rows": [
         *           {
         *             "ref": "6.2",
         *             "section": 6,
         *             "paragraph": "6.2",
         *             "title": "Stage 1 acknowledged",
         *             "summary": "A stage 1 complaint is acknowledged and logged within 5 working days of receipt.",
         *             "evidence": "stage1_acknowledgement",
         *             "basis": "data",
         *             "data": {
         *               "key": "stage1_acknowledgement",
         *               "requirement": "Stage 1 acknowledged within 5 working days of receipt",
         *               "codeReference": "6.2",
         *               "figure": "37 of 39 that fell due (94.9%) on time; 2 late; 0 not yet due (not counted)",
         *               "value": 94.9,
         *               "target": "100% on time",
         *               "rule": "Met when at least 100% of the duties that fell due in the period were done on time; amber from 90%. Duties still open and not yet due are shown apart and never count as met.",
         *               "rating": "amber",
         *               "met": false
         *             },
         *             "answer": null,
         *             "status": "amber"
         *           },
         *           {
         *             "ref": "5.2",
         *             "section": 5,
         *             "paragraph": "5.2",
         *             "title": "Two stages only",
         *             "summary": "There are exactly two internal stages: no \"stage 0\" or informal stage.",
         *             "evidence": null,
         *             "basis": "council",
         *             "data": null,
         *             "answer": {
         *               "ref": "5.2",
         *               "complies": true,
         *               "evidence": "The complaints policy has two stages",
         *               "links": [
         *                 "https://www.demo.gov.uk/complaints-policy"
         *               ],
         *               "commentary": "The informal \"stage 0\" was removed in 2025",
         *               "action": null,
         *               "answeredBy": "alice",
         *               "answeredAt": "2026-04-07T14:00:00.000Z"
         *             },
         *             "status": "complies"
         *           }
         *         ],
         *         "summary": {
         *           "met": 5,
         *           "amber": 2,
         *           "not_met": 1,
         *           "nothing_due": 2,
         *           "complies": 35,
         *           "does_not_comply": 1,
         *           "not_answered": 0
         *         },
         *         "signOff": {
         *           "governingBody": "Audit and Governance Committee",
         *           "governingBodyResponse": "Noted; asked for a progress report on the two amber duties in six months",
         *           "respondedOn": "2026-04-08",
         *           "memberResponsible": "Chair of the Audit and Governance Committee",
         *           "memberSignedOffOn": "2026-04-09",
         *           "recordedBy": "alice",
         *           "recordedAt": "2026-04-09T16:00:00.000Z"
         *         }
         *       }
         *     }
         */
        PublishedSelfAssessment: {
            /**
             * Format: int64
             * @description Version number, from 1.
             */
            version: number;
            /** @description Who published it. */
            publishedBy: string;
            /**
             * Format: date-time
             * @description When.
             */
            publishedAt: string;
            /** @description The self-assessment as published, frozen. */
            content: {
                /**
                 * Format: int64
                 * @description The financial year, by the calendar year it starts in.
                 */
                year: number;
                /**
                 * Format: date
                 * @description The date the figures are as at.
                 */
                asAt: string;
                /** @description Every provision of the catalogue, in the Code's order. */
                rows: components["schemas"]["SelfAssessmentProvision"][];
                /** @description How many provisions have each status. */
                summary: components["schemas"]["ProvisionStatusCounts"];
                /** @description The recorded sign-off. */
                signOff: components["schemas"]["SelfAssessmentSignOff"];
            };
        };
        /**
         * @description Whether this instance can serve: the database reachable and migrated, with any calendar warnings.
         * @example {
         *       "status": "ready",
         *       "checks": {
         *         "database": "ok",
         *         "migrations": "current"
         *       },
         *       "warnings": []
         *     }
         */
        Readiness: {
            /**
             * @description Whether to send traffic here.
             * @enum {string}
             */
            status: "ready" | "not_ready";
            checks: {
                /** @description `ok`, or `unreachable` (the reason is logged, not sent). */
                database: string;
                /** @description `current`, or the migrations not yet run. */
                migrations: string;
            };
            /** @description Problems that do not stop service, e.g. the bank-holiday data running out. */
            warnings: string[];
        };
        /**
         * @description What the reassignment did.
         * @example {
         *       "reassigned": [
         *         {
         *           "caseId": "08416614-fd1f-4ae5-8179-d4bc027d067f",
         *           "stage": 1,
         *           "to": "dev"
         *         }
         *       ],
         *       "skipped": [
         *         {
         *           "caseId": "8bc03edc-c791-464d-98c6-895ef12727cb",
         *           "code": "CASE.STAGE2_HANDLER_NOT_INDEPENDENT",
         *           "detail": "dev handled stage 1 and cannot review at stage 2"
         *         }
         *       ]
         *     }
         */
        Reassignment: {
            /** @description Cases moved. */
            reassigned: {
                /** @description The case. */
                caseId: string;
                /**
                 * Format: int64
                 * @description The stage reassigned.
                 */
                stage: number;
                /** @description The new handler or reviewer. */
                to: string;
            }[];
            /** @description Cases left as they were. */
            skipped: {
                /** @description The case. */
                caseId: string;
                /** @description The rule that kept it, e.g. `CASE.STAGE2_HANDLER_NOT_INDEPENDENT` or `STAFF.NO_SUCCESSOR`. */
                code: string;
                /** @description The rule in words. */
                detail: string;
            }[];
        };
        /**
         * @description How many refusals named one entry of the exclusion catalogue.
         * @example {
         *       "code": "over_time_limit",
         *       "count": 2
         *     }
         * @example {
         *       "code": "legal_action_started",
         *       "count": 1
         *     }
         */
        RefusalsByExclusion: {
            /** @description Catalogue entry. */
            code: string;
            /**
             * Format: int64
             * @description Refusals naming it.
             */
            count: number;
        };
        /**
         * RefuseAcknowledgement
         * @description Refuse the complaint under the council's catalogue of exclusions (Code 2.3, 2.4): name the entries, explain, and tell the person of their right to go to the Ombudsman.
         * @example {
         *       "decision": "refused",
         *       "exclusionCodes": [
         *         "legal_action_started"
         *       ],
         *       "ombudsmanRightGiven": true,
         *       "explanation": "You have begun legal action about the same matter: the court will decide it, so the complaints procedure cannot."
         *     }
         */
        RefuseAcknowledgement: {
            /**
             * @description Refused. (enum property replaced by openapi-typescript)
             * @enum {string}
             */
            decision: "refused";
            /** @description Refusal: catalogue codes that apply (at least one). */
            exclusionCodes?: string[];
            /** @description Refusal: explanation given to the person. */
            explanation?: string;
            /** @description Refusal: the person was told of their right to go to the Ombudsman (must be true). */
            ombudsmanRightGiven?: boolean;
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * @description A further issue the person raised.
         * @example {
         *       "summary": "The crew also left the bin lid broken"
         *     }
         */
        RelatedIssue: {
            /** @description The further issue, in the person's words or a faithful summary. */
            summary: string;
        };
        /**
         * Remedy
         * @description A remedy and where it is.
         * @example {
         *       "source": "stage1",
         *       "status": "open",
         *       "completedOn": null,
         *       "undeliverableReason": null,
         *       "alternative": null,
         *       "overdue": false,
         *       "type": "apology",
         *       "description": "A written apology for the missed collections",
         *       "dueDate": "2026-01-30",
         *       "id": "s1-r1"
         *     }
         * @example {
         *       "source": "stage1",
         *       "status": "done",
         *       "completedOn": "2026-01-28",
         *       "undeliverableReason": null,
         *       "alternative": null,
         *       "overdue": false,
         *       "type": "financial",
         *       "description": "A refund of January's garden waste charge",
         *       "dueDate": "2026-01-30",
         *       "amountPence": 425,
         *       "id": "s1-r2"
         *     }
         */
        Remedy: {
            /** @description Remedy id within the case (s1-r1, s2-r1, o-r1). */
            id: string;
            /**
             * @description Kind of remedy (Code 7.1-7.4): apology, acknowledging what went wrong, explanation, action on delay, reconsidering a decision, amending a record, financial (symbolic), changing policy or practice, other.
             * @enum {string}
             */
            type: "apology" | "acknowledgement" | "explanation" | "action_on_delay" | "decision_reconsidered" | "record_amended" | "financial" | "policy_change" | "other";
            /** @description What will happen. */
            description: string;
            /**
             * Format: date
             * @description By when.
             */
            dueDate: string;
            /**
             * Format: int64
             * @description Financial remedy: amount in pence.
             */
            amountPence?: number;
            /**
             * @description Who offered or recommended it.
             * @enum {string}
             */
            source: "stage1" | "stage2" | "ombudsman";
            /**
             * @description Where it is.
             * @enum {string}
             */
            status: "open" | "done" | "undeliverable";
            /** @description When it was delivered. */
            completedOn: string | null;
            /** @description Why it could not be delivered. */
            undeliverableReason: string | null;
            /** @description What was offered instead. */
            alternative: string | null;
            /** @description Open past its due date. */
            overdue: boolean;
        };
        /**
         * @description Remedies offered in the period and where they are now, in all and by type.
         * @example {
         *       "offered": 24,
         *       "done": 21,
         *       "open": 2,
         *       "overdue": 1,
         *       "undeliverable": 1,
         *       "financialTotalPence": 12750,
         *       "byType": [
         *         {
         *           "type": "apology",
         *           "offered": 18,
         *           "done": 17,
         *           "open": 1,
         *           "overdue": 0,
         *           "undeliverable": 0
         *         },
         *         {
         *           "type": "financial",
         *           "offered": 4,
         *           "done": 3,
         *           "open": 1,
         *           "overdue": 1,
         *           "undeliverable": 0
         *         },
         *         {
         *           "type": "record_amended",
         *           "offered": 2,
         *           "done": 1,
         *           "open": 0,
         *           "overdue": 0,
         *           "undeliverable": 1
         *         }
         *       ]
         *     }
         */
        RemedyFigures: {
            /**
             * Format: int64
             * @description Remedies offered in the period.
             */
            offered: number;
            /**
             * Format: int64
             * @description Delivered.
             */
            done: number;
            /**
             * Format: int64
             * @description Not yet delivered.
             */
            open: number;
            /**
             * Format: int64
             * @description Open past the due date.
             */
            overdue: number;
            /**
             * Format: int64
             * @description Undeliverable.
             */
            undeliverable: number;
            /**
             * Format: int64
             * @description Financial remedies offered in the period, in pence.
             */
            financialTotalPence: number;
            byType: components["schemas"]["RemedyTypeFigures"][];
        };
        /**
         * RemedyOffer
         * @description A remedy offered: what will happen and by when.
         * @example {
         *       "type": "apology",
         *       "description": "A written apology for the missed collections",
         *       "dueDate": "2026-01-30"
         *     }
         * @example {
         *       "type": "financial",
         *       "description": "A refund of January's garden waste charge",
         *       "dueDate": "2026-01-30",
         *       "amountPence": 425
         *     }
         */
        RemedyOffer: {
            /**
             * @description Kind of remedy (Code 7.1-7.4): apology, acknowledging what went wrong, explanation, action on delay, reconsidering a decision, amending a record, financial (symbolic), changing policy or practice, other.
             * @enum {string}
             */
            type: "apology" | "acknowledgement" | "explanation" | "action_on_delay" | "decision_reconsidered" | "record_amended" | "financial" | "policy_change" | "other";
            /** @description What will happen, in the words given to the person. */
            description: string;
            /**
             * Format: date
             * @description A calendar date (YYYY-MM-DD) in the years 1900-2200, read as a date in Europe/London.
             * @example 2025-12-19
             */
            dueDate: string;
            /**
             * Format: int32
             * @description For a financial remedy: the amount in pence (symbolic payment, not compensation). Required when type is financial.
             */
            amountPence?: number;
        };
        /**
         * @description The remedies of one type (apology, financial, ...) offered in the period and where they are now.
         * @example {
         *       "type": "apology",
         *       "offered": 18,
         *       "done": 17,
         *       "open": 1,
         *       "overdue": 0,
         *       "undeliverable": 0
         *     }
         * @example {
         *       "type": "financial",
         *       "offered": 4,
         *       "done": 3,
         *       "open": 1,
         *       "overdue": 1,
         *       "undeliverable": 0
         *     }
         */
        RemedyTypeFigures: {
            /** @description Remedy type (apology, financial, ...). */
            type: string;
            /**
             * Format: int64
             * @description Offered in the period (by the date of the response or Ombudsman decision that offered it).
             */
            offered: number;
            /**
             * Format: int64
             * @description Delivered.
             */
            done: number;
            /**
             * Format: int64
             * @description Not yet delivered.
             */
            open: number;
            /**
             * Format: int64
             * @description Not yet delivered and past its due date.
             */
            overdue: number;
            /**
             * Format: int64
             * @description Recorded as undeliverable, with an alternative.
             */
            undeliverable: number;
        };
        /**
         * @description Record that a remedy cannot be delivered, with the alternative.
         * @example {
         *       "reason": "The record belongs to the DVLA, not the council",
         *       "alternative": "We wrote to the DVLA for the person"
         *     }
         */
        RemedyUndeliverable: {
            /** @description Why it cannot be delivered. */
            reason: string;
            /** @description What is offered instead. */
            alternative: string;
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * ReportDataQuality
         * @description Data quality: how promptly the case record is kept. Timeliness counts each step from when it happened, so late recording does not change it; it shows how far the record, and the work queue read from it, fell behind.
         * @example {
         *       "keyedLateAfterWorkingDays": 5,
         *       "received": 48,
         *       "casesWithActionsKeyedLate": 3,
         *       "percentOfReceived": 6.3,
         *       "actionsKeyedLate": 4
         *     }
         */
        ReportDataQuality: {
            /**
             * Format: int64
             * @description The threshold of the policy in force (`keyedLateAfterWorkingDays`, default 5): a step recorded more than this many working days after it happened counts as recorded late. Each case is judged by the policy it runs under.
             */
            keyedLateAfterWorkingDays: number;
            /**
             * Format: int64
             * @description Contacts received in the period (the figure below counts among these).
             */
            received: number;
            /**
             * Format: int64
             * @description Contacts received in the period with at least one step (an acknowledgement, a response...) recorded late: keyed in more than the threshold of working days after its `occurredAt`.
             */
            casesWithActionsKeyedLate: number;
            /** @description casesWithActionsKeyedLate as a percentage of received (one decimal place); null when nothing was received. */
            percentOfReceived: number | null;
            /**
             * Format: int64
             * @description The steps recorded late on those contacts, in all.
             */
            actionsKeyedLate: number;
        };
        /**
         * Representative
         * @description Someone complaining on the person's behalf (personal data).
         * @example {
         *       "name": "Jo Taylor",
         *       "relationship": "daughter",
         *       "email": "jo.taylor@example.org",
         *       "consent": {
         *         "basis": "written_consent",
         *         "recordedOn": "2026-01-06"
         *       }
         *     }
         */
        Representative: {
            /** @description Name of the representative (advocate, relative, councillor, MP). */
            name: string;
            /** @description Who they are to the person, e.g. "daughter", "ward councillor", "MP". */
            relationship: string;
            /**
             * Format: email
             * @description Email address.
             */
            email?: string;
            /** @description Telephone number. */
            phone?: string;
            /** @description The recorded consent that lets the representative act; responses still go to the person. */
            consent: components["schemas"]["Consent"];
        };
        /**
         * ResponseContent
         * @description The content of a stage 1 or stage 2 response; every element the Code requires must be present.
         * @example {
         *       "stage": 1,
         *       "complaintDefinition": "Garden waste was not collected from 14 Elm Road for a month, and calls about it were not returned",
         *       "findings": [
         *         {
         *           "aspect": "missed collections",
         *           "finding": "upheld"
         *         },
         *         {
         *           "aspect": "calls not returned",
         *           "finding": "upheld"
         *         }
         *       ],
         *       "reasons": "The round was re-planned in December without Elm Road on it, and the messages went to a shared inbox nobody read",
         *       "remedies": [
         *         {
         *           "type": "apology",
         *           "description": "A written apology for the missed collections",
         *           "dueDate": "2026-01-30"
         *         },
         *         {
         *           "type": "financial",
         *           "description": "A refund of January's garden waste charge",
         *           "dueDate": "2026-01-30",
         *           "amountPence": 425
         *         }
         *       ],
         *       "outstandingActions": [
         *         {
         *           "description": "Put the road back on the garden waste round sheet",
         *           "dueDate": "2026-01-23"
         *         }
         *       ],
         *       "howToEscalate": "If you are not satisfied, reply to this letter or use the form at www.demo.gov.uk/complaints to ask for a stage 2 review"
         *     }
         * @example {
         *       "stage": 2,
         *       "complaintDefinition": "Garden waste was not collected from 14 Elm Road for a month, and calls about it were not returned",
         *       "findings": [
         *         {
         *           "aspect": "the cost of taking the waste to the tip",
         *           "finding": "not_upheld"
         *         }
         *       ],
         *       "reasons": "The service's terms offer a refund of the charge for missed collections, which was paid; they do not cover trips to the tip",
         *       "remedies": [],
         *       "noRemedyStatement": "The stage 1 apology and refund stand; no further remedy is due",
         *       "outstandingActions": [],
         *       "howToEscalate": "You may now ask the Local Government and Social Care Ombudsman to look at your complaint: www.lgo.org.uk"
         *     }
         */
        ResponseContent: {
            /**
             * @description The stage the response states it is (required; must match the stage being answered).
             * @enum {number}
             */
            stage?: 1 | 2;
            /** @description The complaint as the council understood it (required). */
            complaintDefinition?: string;
            /** @description The decision: a finding per aspect (required, at least one; at stage 2 may be empty when agreeing with stage 1). */
            findings?: components["schemas"]["Finding"][];
            /** @description The reasons for the decision (required). */
            reasons?: string;
            /** @description Remedies offered (required; may be empty together with noRemedyStatement). */
            remedies?: components["schemas"]["RemedyOffer"][];
            /** @description Why no remedy is offered; required when remedies is empty. */
            noRemedyStatement?: string;
            /** @description Actions still to be done (required; may be empty). */
            outstandingActions?: components["schemas"]["PromisedAction"][];
            /** @description How to escalate: to stage 2 after stage 1, to the Ombudsman after stage 2 (required). */
            howToEscalate?: string;
        };
        /**
         * ResponseTimeliness
         * @description Response timeliness. Timeliness counts each duty in the period its due date falls in (the final due date, after extensions and pauses). Of those due: met = done on or before the due date; late = done after it, or not done and the due date has passed (as at `asAt`); pending = not done and not yet due: a case still open and not yet late is never counted as late. Percentages are of `due`, to one decimal place; null when nothing was due. Duties lapse when a case is withdrawn before meeting them, and refused complaints, service requests and signposted contacts have no response duty.
         * @example {
         *       "due": 35,
         *       "withinCodeTimescale": {
         *         "count": 30,
         *         "percent": 85.7
         *       },
         *       "withinExtendedDate": {
         *         "count": 33,
         *         "percent": 94.3
         *       },
         *       "late": {
         *         "count": 2,
         *         "percent": 5.7
         *       },
         *       "pending": {
         *         "count": 0,
         *         "percent": 0
         *       },
         *       "extended": {
         *         "count": 5,
         *         "percent": 14.3
         *       },
         *       "extendedWithinCap": {
         *         "count": 5,
         *         "percent": 14.3
         *       },
         *       "extendedBeyondCap": {
         *         "count": 0,
         *         "percent": 0
         *       },
         *       "paused": {
         *         "count": 0,
         *         "percent": 0
         *       },
         *       "pausedWorkingDays": 0
         *     }
         */
        ResponseTimeliness: {
            /**
             * Format: int64
             * @description Responses due in the period (final due date in [from, to]).
             */
            due: number;
            /** @description Answered within the policy's response period without any extension (the Code: stage 1 10, stage 2 20 working days; paused days do not count). A count and its percentage of those due in the period. */
            withinCodeTimescale: components["schemas"]["CountAndPercent"];
            /** @description Answered by the final due date, extensions included. A count and its percentage of those due in the period. */
            withinExtendedDate: components["schemas"]["CountAndPercent"];
            /** @description Answered after the final due date, or still unanswered with that date passed. A count and its percentage of those due in the period. */
            late: components["schemas"]["CountAndPercent"];
            /** @description Unanswered and not yet due: not late. A count and its percentage of those due in the period. */
            pending: components["schemas"]["CountAndPercent"];
            /** @description Cases whose response date was extended at all. A count and its percentage of those due in the period. */
            extended: components["schemas"]["CountAndPercent"];
            /** @description Extended, in total within the policy's cap (the Code: 10 working days at stage 1). A count and its percentage of those due in the period. */
            extendedWithinCap: components["schemas"]["CountAndPercent"];
            /** @description Extended beyond the cap (with a recorded good reason): a non-compliance finding. A count and its percentage of those due in the period. */
            extendedBeyondCap: components["schemas"]["CountAndPercent"];
            /** @description Cases whose clock was paused. A count and its percentage of those due in the period. */
            paused: components["schemas"]["CountAndPercent"];
            /**
             * Format: int64
             * @description Working days paused in total (closed pauses).
             */
            pausedWorkingDays: number;
        };
        /**
         * @description A secret rotation.
         * @example {
         *       "overlapHours": 24
         *     }
         */
        SecretRotation: {
            /**
             * Format: int32
             * @description How long the previous secret keeps signing beside the new one (0: stop at once).
             * @default 24
             */
            overlapHours?: number;
        };
        /**
         * @description The self-assessment against the Code, provision by provision (Code 8.1). The current draft; published versions are frozen.
         * @example {
         *       "year": 2025,
         *       "asAt": "2026-04-14",
         *       "rows": [
         *         {
         *           "ref": "6.2",
         *           "section": 6,
         *           "paragraph": "6.2",
         *           "title": "Stage 1 acknowledged",
         *           "summary": "A stage 1 complaint is acknowledged and logged within 5 working days of receipt.",
         *           "evidence": "stage1_acknowledgement",
         *           "basis": "data",
         *           "data": {
         *             "key": "stage1_acknowledgement",
         *             "requirement": "Stage 1 acknowledged within 5 working days of receipt",
         *             "codeReference": "6.2",
         *             "figure": "37 of 39 that fell due (94.9%) on time; 2 late; 0 not yet due (not counted)",
         *             "value": 94.9,
         *             "target": "100% on time",
         *             "rule": "Met when at least 100% of the duties that fell due in the period were done on time; amber from 90%. Duties still open and not yet due are shown apart and never count as met.",
         *             "rating": "amber",
         *             "met": false
         *           },
         *           "answer": null,
         *           "status": "amber"
         *         },
         *         {
         *           "ref": "5.2",
         *           "section": 5,
         *           "paragraph": "5.2",
         *           "title": "Two stages only",
         *           "summary": "There are exactly two internal stages: no \"stage 0\" or informal stage.",
         *           "evidence": null,
         *           "basis": "council",
         *           "data": null,
         *           "answer": {
         *             "ref": "5.2",
         *             "complies": true,
         *             "evidence": "The complaints policy has two stages",
         *             "links": [
         *               "https://www.demo.gov.uk/complaints-policy"
         *             ],
         *             "commentary": "The informal \"stage 0\" was removed in 2025",
         *             "action": null,
         *             "answeredBy": "alice",
         *             "answeredAt": "2026-04-07T14:00:00.000Z"
         *           },
         *           "status": "complies"
         *         }
         *       ],
         *       "summary": {
         *         "met": 5,
         *         "amber": 2,
         *         "not_met": 1,
         *         "nothing_due": 2,
         *         "complies": 35,
         *         "does_not_comply": 1,
         *         "not_answered": 0
         *       },
         *       "signOff": {
         *         "governingBody": "Audit and Governance Committee",
         *         "governingBodyResponse": "Noted; asked for a progress report on the two amber duties in six months",
         *         "respondedOn": "2026-04-08",
         *         "memberResponsible": "Chair of the Audit and Governance Committee",
         *         "memberSignedOffOn": "2026-04-09",
         *         "recordedBy": "alice",
         *         "recordedAt": "2026-04-09T16:00:00.000Z"
         *       },
         *       "versions": [
         *         {
         *           "version": 1,
         *           "publishedBy": "alice",
         *           "publishedAt": "2026-04-10T12:00:00.000Z"
         *         }
         *       ],
         *       "changedSincePublished": false
         *     }
         */
        SelfAssessment: {
            /**
             * Format: int64
             * @description The financial year, by the calendar year it starts in.
             */
            year: number;
            /**
             * Format: date
             * @description The date the figures are as at.
             */
            asAt: string;
            /** @description Every provision of the catalogue, in the Code's order. */
            rows: components["schemas"]["SelfAssessmentProvision"][];
            /** @description How many provisions have each status. */
            summary: components["schemas"]["ProvisionStatusCounts"];
            /** @description The governing body's response and the Member's sign-off; null until recorded. */
            signOff: components["schemas"]["SelfAssessmentSignOff"] | null;
            /** @description Published versions of the year, oldest first. */
            versions: components["schemas"]["SelfAssessmentVersion"][];
            /** @description An answer or the sign-off changed after the latest published version: publish again to make a new version. */
            changedSincePublished: boolean;
        };
        /**
         * @description One provision of the self-assessment.
         * @example {
         *       "ref": "6.2",
         *       "section": 6,
         *       "paragraph": "6.2",
         *       "title": "Stage 1 acknowledged",
         *       "summary": "A stage 1 complaint is acknowledged and logged within 5 working days of receipt.",
         *       "evidence": "stage1_acknowledgement",
         *       "basis": "data",
         *       "data": {
         *         "key": "stage1_acknowledgement",
         *         "requirement": "Stage 1 acknowledged within 5 working days of receipt",
         *         "codeReference": "6.2",
         *         "figure": "37 of 39 that fell due (94.9%) on time; 2 late; 0 not yet due (not counted)",
         *         "value": 94.9,
         *         "target": "100% on time",
         *         "rule": "Met when at least 100% of the duties that fell due in the period were done on time; amber from 90%. Duties still open and not yet due are shown apart and never count as met.",
         *         "rating": "amber",
         *         "met": false
         *       },
         *       "answer": null,
         *       "status": "amber"
         *     }
         * @example {
         *       "ref": "5.2",
         *       "section": 5,
         *       "paragraph": "5.2",
         *       "title": "Two stages only",
         *       "summary": "There are exactly two internal stages: no \"stage 0\" or informal stage.",
         *       "evidence": null,
         *       "basis": "council",
         *       "data": null,
         *       "answer": {
         *         "ref": "5.2",
         *         "complies": true,
         *         "evidence": "The complaints policy has two stages",
         *         "links": [
         *           "https://www.demo.gov.uk/complaints-policy"
         *         ],
         *         "commentary": "The informal \"stage 0\" was removed in 2025",
         *         "action": null,
         *         "answeredBy": "alice",
         *         "answeredAt": "2026-04-07T14:00:00.000Z"
         *       },
         *       "status": "complies"
         *     }
         */
        SelfAssessmentProvision: {
            /**
             * @description A provision of the Code: its paragraph number (e.g. `6.2`), or `<section>.<name>` where the paragraph is not numbered (`6.stage2.response`).
             * @enum {string}
             */
            ref: "1.2" | "1.4" | "1.5" | "1.7" | "1.8" | "2.1" | "2.2" | "2.3" | "2.4" | "2.5" | "3.1" | "3.4" | "3.6" | "3.7" | "3.8" | "4.1" | "5.1" | "5.2" | "5.4" | "5.5" | "5.6" | "5.7" | "6.1" | "6.2" | "6.3" | "6.4" | "6.5" | "6.6" | "6.7" | "6.stage2.acknowledgement" | "6.stage2.response" | "6.stage2.extension" | "6.stage2.independent" | "7.1" | "7.2" | "7.3" | "7.4" | "7.5" | "8.1" | "8.exceptional" | "8.2" | "8.3" | "9.1-9.3" | "9.4" | "9.5" | "9.7";
            /**
             * Format: int64
             * @description Section of the Code.
             */
            section: number;
            /** @description Paragraph number; null where the Code's paragraph is not numbered here (cited by section). */
            paragraph: string | null;
            /** @description Short title. */
            title: string;
            /** @description What the provision asks, summarised (not the Code's wording). */
            summary: string;
            /** @description Which figure can evidence the provision; null when only the council can answer. */
            evidence: string | null;
            /**
             * @description data: assessed from the period's figures; council: answered by the council.
             * @enum {string}
             */
            basis: "data" | "council";
            /** @description The evidence from data; null for a provision the council answers. */
            data: components["schemas"]["ProvisionEvidence"] | null;
            /** @description The council's answer (commentary and action on a data row); null if none. */
            answer: components["schemas"]["ProvisionAnswer"] | null;
            /**
             * @description From data: met, amber (under the target, not met), not_met, nothing_due (nothing fell due). Answered by the council: complies, does_not_comply, not_answered.
             * @enum {string}
             */
            status: "met" | "amber" | "not_met" | "nothing_due" | "complies" | "does_not_comply" | "not_answered";
        };
        /**
         * @description The recorded sign-off.
         * @example {
         *       "governingBody": "Audit and Governance Committee",
         *       "governingBodyResponse": "Noted; asked for a progress report on the two amber duties in six months",
         *       "respondedOn": "2026-04-08",
         *       "memberResponsible": "Chair of the Audit and Governance Committee",
         *       "memberSignedOffOn": "2026-04-09",
         *       "recordedBy": "alice",
         *       "recordedAt": "2026-04-09T16:00:00.000Z"
         *     }
         */
        SelfAssessmentSignOff: {
            /** @description The governing body or committee that considered it, e.g. "Audit and Governance Committee". */
            governingBody: string;
            /** @description Its response, as published with the report (Code 8.2). */
            governingBodyResponse: string;
            /**
             * Format: date
             * @description When it responded.
             */
            respondedOn: string;
            /** @description The Member Responsible for Complaints who signs it off, as published (e.g. "Chair of the Audit and Governance Committee"). */
            memberResponsible: string;
            /**
             * Format: date
             * @description When the Member signed it off.
             */
            memberSignedOffOn: string;
            /** @description Who recorded it. */
            recordedBy: string;
            /**
             * Format: date-time
             * @description When.
             */
            recordedAt: string;
        };
        /**
         * @description The governing body's response and the Member responsible's sign-off.
         * @example {
         *       "governingBody": "Audit and Governance Committee",
         *       "governingBodyResponse": "Noted; asked for a progress report on the two amber duties in six months",
         *       "respondedOn": "2026-04-08",
         *       "memberResponsible": "Chair of the Audit and Governance Committee",
         *       "memberSignedOffOn": "2026-04-09"
         *     }
         */
        SelfAssessmentSignOffInput: {
            /** @description The governing body or committee that considered it, e.g. "Audit and Governance Committee". */
            governingBody: string;
            /** @description Its response, as published with the report (Code 8.2). */
            governingBodyResponse: string;
            /**
             * Format: date
             * @description When it responded.
             */
            respondedOn: string;
            /** @description The Member Responsible for Complaints who signs it off, as published (e.g. "Chair of the Audit and Governance Committee"). */
            memberResponsible: string;
            /**
             * Format: date
             * @description When the Member signed it off.
             */
            memberSignedOffOn: string;
        };
        /**
         * @description A published (frozen) version.
         * @example {
         *       "version": 1,
         *       "publishedBy": "alice",
         *       "publishedAt": "2026-04-10T12:00:00.000Z"
         *     }
         */
        SelfAssessmentVersion: {
            /**
             * Format: int64
             * @description Version number, from 1.
             */
            version: number;
            /** @description Who published it. */
            publishedBy: string;
            /**
             * Format: date-time
             * @description When.
             */
            publishedAt: string;
        };
        /**
         * @description A council this deployment serves, as the operator sees it.
         * @example {
         *       "slug": "wodc",
         *       "name": "West Oxfordshire District Council",
         *       "referencePrefix": "WOD",
         *       "bankHolidayDivision": "england-and-wales",
         *       "suspended": false,
         *       "suspendedAt": null
         *     }
         */
        ServedCouncil: {
            /** @description The council's identifier in tokens and public URLs. */
            slug: string;
            /** @description The council's name. */
            name: string;
            /** @description Prefix of the references of new cases. */
            referencePrefix: string;
            /** @description The bank-holiday division of new cases. */
            bankHolidayDivision: string;
            /** @description Whether the council is suspended: its tokens get 403; its data stays. */
            suspended: boolean;
            /** @description When the council was suspended; null while in service. */
            suspendedAt: string | null;
        };
        /**
         * @description The council's staff.
         * @example {
         *       "items": [
         *         {
         *           "displayName": "Bob Barker",
         *           "email": "bob.barker@demo.gov.uk",
         *           "serviceAreas": [
         *             "waste"
         *           ],
         *           "mayHandleStage1": true,
         *           "mayReviewStage2": false,
         *           "active": true,
         *           "subject": "bob",
         *           "registered": true,
         *           "firstSeenAt": "2025-12-02T08:30:00.000Z",
         *           "updatedBy": "alice",
         *           "updatedAt": "2025-12-01T15:00:00.000Z"
         *         },
         *         {
         *           "displayName": "Carol Nguyen",
         *           "email": "carol.nguyen@demo.gov.uk",
         *           "serviceAreas": [],
         *           "mayHandleStage1": false,
         *           "mayReviewStage2": true,
         *           "active": true,
         *           "subject": "carol",
         *           "registered": true,
         *           "firstSeenAt": "2025-12-02T08:30:00.000Z",
         *           "updatedBy": "alice",
         *           "updatedAt": "2025-12-01T15:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        StaffList: {
            /** @description By subject. */
            items: {
                /** @description The subject (`sub`) of the person's tokens. */
                subject: string;
                /** @description Registered by an admin; false for a subject only seen making a request (never assignable). */
                registered: boolean;
                /** @description Name shown for the handler in the work queue and cases. */
                displayName: string | null;
                /** @description Address for notifications. */
                email: string | null;
                /** @description Service areas the person works in. */
                serviceAreas: string[];
                /** @description May be assigned stage 1 complaints. */
                mayHandleStage1: boolean;
                /** @description May be assigned stage 2 reviews (never of a case they handled at stage 1). */
                mayReviewStage2: boolean;
                /** @description False for leavers and long absence: not assignable. */
                active: boolean;
                /** @description First authenticated request seen, when recorded that way. */
                firstSeenAt: string | null;
                /** @description The admin who last registered or changed the record. */
                updatedBy: string | null;
                /**
                 * Format: date-time
                 * @description When the record last changed.
                 */
                updatedAt: string;
            }[];
        };
        /**
         * @description A member of the council's staff, or a subject seen.
         * @example {
         *       "displayName": "Bob Barker",
         *       "email": "bob.barker@demo.gov.uk",
         *       "serviceAreas": [
         *         "waste"
         *       ],
         *       "mayHandleStage1": true,
         *       "mayReviewStage2": false,
         *       "active": true,
         *       "subject": "bob",
         *       "registered": true,
         *       "firstSeenAt": "2025-12-02T08:30:00.000Z",
         *       "updatedBy": "alice",
         *       "updatedAt": "2025-12-01T15:00:00.000Z"
         *     }
         */
        StaffMember: {
            /** @description The subject (`sub`) of the person's tokens. */
            subject: string;
            /** @description Registered by an admin; false for a subject only seen making a request (never assignable). */
            registered: boolean;
            /** @description Name shown for the handler in the work queue and cases. */
            displayName: string | null;
            /** @description Address for notifications. */
            email: string | null;
            /** @description Service areas the person works in. */
            serviceAreas: string[];
            /** @description May be assigned stage 1 complaints. */
            mayHandleStage1: boolean;
            /** @description May be assigned stage 2 reviews (never of a case they handled at stage 1). */
            mayReviewStage2: boolean;
            /** @description False for leavers and long absence: not assignable. */
            active: boolean;
            /** @description First authenticated request seen, when recorded that way. */
            firstSeenAt: string | null;
            /** @description The admin who last registered or changed the record. */
            updatedBy: string | null;
            /**
             * Format: date-time
             * @description When the record last changed.
             */
            updatedAt: string;
        };
        /**
         * @description The member of staff's record, whole (it replaces the previous one).
         * @example {
         *       "displayName": "Bob Barker",
         *       "email": "bob.barker@demo.gov.uk",
         *       "serviceAreas": [
         *         "waste"
         *       ],
         *       "mayHandleStage1": true,
         *       "mayReviewStage2": false,
         *       "active": true
         *     }
         */
        StaffMemberRecord: {
            /** @description Name shown for the handler. */
            displayName: string;
            /**
             * @description Address for notifications.
             * @default null
             */
            email?: string | null;
            /**
             * @description Service areas the person works in.
             * @default []
             */
            serviceAreas?: string[];
            /** @description May be assigned stage 1 complaints. */
            mayHandleStage1: boolean;
            /** @description May be assigned stage 2 reviews. */
            mayReviewStage2: boolean;
            /**
             * @description False for leavers and long absence.
             * @default true
             */
            active?: boolean;
        };
        /**
         * @description Allocate the stage 1 lead service area and handler.
         * @example {
         *       "serviceArea": "waste",
         *       "handler": "bob"
         *     }
         */
        Stage1Assignment: {
            /** @description Lead service area coordinating a single response. */
            serviceArea: string;
            /** @description Subject identifier of the handler. */
            handler: string;
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * @description Send the stage 1 response.
         * @example {
         *       "response": {
         *         "stage": 1,
         *         "complaintDefinition": "Garden waste was not collected from 14 Elm Road for a month, and calls about it were not returned",
         *         "findings": [
         *           {
         *             "aspect": "missed collections",
         *             "finding": "upheld"
         *           },
         *           {
         *             "aspect": "calls not returned",
         *             "finding": "upheld"
         *           }
         *         ],
         *         "reasons": "The round was re-planned in December without Elm Road on it, and the messages went to a shared inbox nobody read",
         *         "remedies": [
         *           {
         *             "type": "apology",
         *             "description": "A written apology for the missed collections",
         *             "dueDate": "2026-01-30"
         *           },
         *           {
         *             "type": "financial",
         *             "description": "A refund of January's garden waste charge",
         *             "dueDate": "2026-01-30",
         *             "amountPence": 425
         *           }
         *         ],
         *         "outstandingActions": [
         *           {
         *             "description": "Put the road back on the garden waste round sheet",
         *             "dueDate": "2026-01-23"
         *           }
         *         ],
         *         "howToEscalate": "If you are not satisfied, reply to this letter or use the form at www.demo.gov.uk/complaints to ask for a stage 2 review"
         *       },
         *       "occurredAt": "2026-01-16T15:00:00.000Z"
         *     }
         */
        Stage1Response: {
            /** @description The content of a stage 1 or stage 2 response; every element the Code requires must be present. */
            response: components["schemas"]["ResponseContent"];
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * @description Allocate the stage 2 reviewer (never a stage 1 handler).
         * @example {
         *       "handler": "carol"
         *     }
         */
        Stage2Assignment: {
            /** @description Subject identifier of the stage 2 reviewer. */
            handler: string;
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * @description Send the stage 2 (final) response.
         * @example {
         *       "agreesWithStage1": true,
         *       "response": {
         *         "stage": 2,
         *         "complaintDefinition": "Garden waste was not collected from 14 Elm Road for a month, and calls about it were not returned",
         *         "findings": [
         *           {
         *             "aspect": "the cost of taking the waste to the tip",
         *             "finding": "not_upheld"
         *           }
         *         ],
         *         "reasons": "The service's terms offer a refund of the charge for missed collections, which was paid; they do not cover trips to the tip",
         *         "remedies": [],
         *         "noRemedyStatement": "The stage 1 apology and refund stand; no further remedy is due",
         *         "outstandingActions": [],
         *         "howToEscalate": "You may now ask the Local Government and Social Care Ombudsman to look at your complaint: www.lgo.org.uk"
         *       },
         *       "occurredAt": "2026-02-10T14:00:00Z"
         *     }
         */
        Stage2Response: {
            /** @description Stage 2 agrees with the stage 1 findings. */
            agreesWithStage1: boolean;
            /** @description The content of a stage 1 or stage 2 response; every element the Code requires must be present. */
            response: components["schemas"]["ResponseContent"];
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * @description A count for each internal stage.
         * @example {
         *       "stage1": 2,
         *       "stage2": 0
         *     }
         */
        StageCounts: {
            /**
             * Format: int64
             * @description Stage 1.
             */
            stage1: number;
            /**
             * Format: int64
             * @description Stage 2.
             */
            stage2: number;
        };
        /**
         * StageFigures
         * @description One internal stage's figures for the period: acknowledgement and response timeliness, and the outcomes.
         * @example {
         *       "acknowledgement": {
         *         "due": 39,
         *         "met": {
         *           "count": 37,
         *           "percent": 94.9
         *         },
         *         "late": {
         *           "count": 2,
         *           "percent": 5.1
         *         },
         *         "pending": {
         *           "count": 0,
         *           "percent": 0
         *         }
         *       },
         *       "response": {
         *         "due": 35,
         *         "withinCodeTimescale": {
         *           "count": 30,
         *           "percent": 85.7
         *         },
         *         "withinExtendedDate": {
         *           "count": 33,
         *           "percent": 94.3
         *         },
         *         "late": {
         *           "count": 2,
         *           "percent": 5.7
         *         },
         *         "pending": {
         *           "count": 0,
         *           "percent": 0
         *         },
         *         "extended": {
         *           "count": 5,
         *           "percent": 14.3
         *         },
         *         "extendedWithinCap": {
         *           "count": 5,
         *           "percent": 14.3
         *         },
         *         "extendedBeyondCap": {
         *           "count": 0,
         *           "percent": 0
         *         },
         *         "paused": {
         *           "count": 0,
         *           "percent": 0
         *         },
         *         "pausedWorkingDays": 0
         *       },
         *       "outcomes": {
         *         "responded": 35,
         *         "upheld": 21,
         *         "notUpheld": 14,
         *         "detailed": {
         *           "upheld": 21,
         *           "partlyUpheld": 0,
         *           "notUpheld": 14
         *         },
         *         "workingDaysToRespond": {
         *           "average": 8.4,
         *           "p90": 12
         *         }
         *       }
         *     }
         */
        StageFigures: {
            /** @description Acknowledgement within the policy's period (the Code: 5 working days). Timeliness counts each duty in the period its due date falls in (the final due date, after extensions and pauses). Of those due: met = done on or before the due date; late = done after it, or not done and the due date has passed (as at `asAt`); pending = not done and not yet due: a case still open and not yet late is never counted as late. Percentages are of `due`, to one decimal place; null when nothing was due. Duties lapse when a case is withdrawn before meeting them, and refused complaints, service requests and signposted contacts have no response duty. */
            acknowledgement: components["schemas"]["AcknowledgementTimeliness"];
            /** @description Response timeliness. Timeliness counts each duty in the period its due date falls in (the final due date, after extensions and pauses). Of those due: met = done on or before the due date; late = done after it, or not done and the due date has passed (as at `asAt`); pending = not done and not yet due: a case still open and not yet late is never counted as late. Percentages are of `due`, to one decimal place; null when nothing was due. Duties lapse when a case is withdrawn before meeting them, and refused complaints, service requests and signposted contacts have no response duty. */
            response: components["schemas"]["ResponseTimeliness"];
            /** @description Outcomes of the responses sent in the period. */
            outcomes: components["schemas"]["StageOutcomes"];
        };
        /**
         * StageOutcomes
         * @description Outcomes of the responses sent in the period.
         * @example {
         *       "responded": 35,
         *       "upheld": 21,
         *       "notUpheld": 14,
         *       "detailed": {
         *         "upheld": 21,
         *         "partlyUpheld": 0,
         *         "notUpheld": 14
         *       },
         *       "workingDaysToRespond": {
         *         "average": 8.4,
         *         "p90": 12
         *       }
         *     }
         */
        StageOutcomes: {
            /**
             * Format: int64
             * @description Responses sent in the period (response date in [from, to]).
             */
            responded: number;
            /**
             * Format: int64
             * @description Recorded upheld (upheld in totality: any aspect upheld).
             */
            upheld: number;
            /**
             * Format: int64
             * @description Recorded not upheld.
             */
            notUpheld: number;
            /** @description The three-way detail, for policies that publish it. */
            detailed: components["schemas"]["DetailedOutcomes"];
            /** @description Working days from the start of the stage (receipt; the escalation request) to the response, less paused working days, over responses sent in the period. */
            workingDaysToRespond: components["schemas"]["WorkingDaysToRespond"];
        };
        /**
         * StageResponse
         * @description A stage's response as sent, with its findings and recorded outcome.
         * @example {
         *       "respondedAt": "2026-01-16T15:00:00.000Z",
         *       "respondedOn": "2026-01-16",
         *       "by": "bob",
         *       "dueOn": "2026-01-27",
         *       "late": false,
         *       "findings": [
         *         {
         *           "aspect": "missed collections",
         *           "finding": "upheld"
         *         },
         *         {
         *           "aspect": "calls not returned",
         *           "finding": "upheld"
         *         }
         *       ],
         *       "outcome": "upheld",
         *       "detailedOutcome": "upheld",
         *       "agreesWithStage1": null,
         *       "content": {
         *         "stage": 1,
         *         "complaintDefinition": "Garden waste was not collected from 14 Elm Road for a month, and calls about it were not returned",
         *         "findings": [
         *           {
         *             "aspect": "missed collections",
         *             "finding": "upheld"
         *           },
         *           {
         *             "aspect": "calls not returned",
         *             "finding": "upheld"
         *           }
         *         ],
         *         "reasons": "The round was re-planned in December without Elm Road on it, and the messages went to a shared inbox nobody read",
         *         "remedies": [
         *           {
         *             "type": "apology",
         *             "description": "A written apology for the missed collections",
         *             "dueDate": "2026-01-30"
         *           },
         *           {
         *             "type": "financial",
         *             "description": "A refund of January's garden waste charge",
         *             "dueDate": "2026-01-30",
         *             "amountPence": 425
         *           }
         *         ],
         *         "outstandingActions": [
         *           {
         *             "description": "Put the road back on the garden waste round sheet",
         *             "dueDate": "2026-01-23"
         *           }
         *         ],
         *         "howToEscalate": "If you are not satisfied, reply to this letter or use the form at www.demo.gov.uk/complaints to ask for a stage 2 review"
         *       },
         *       "escalationWindowEndsOn": null
         *     }
         */
        StageResponse: {
            /**
             * Format: date-time
             * @description When the response was sent.
             */
            respondedAt: string;
            /**
             * Format: date
             * @description Its Europe/London date.
             */
            respondedOn: string;
            /** @description Who recorded it. */
            by: string;
            /**
             * Format: date
             * @description When it was due.
             */
            dueOn: string;
            /** @description Sent after the due date. */
            late: boolean;
            /** @description Finding per aspect. */
            findings: components["schemas"]["Finding"][];
            /**
             * @description The outcome as recorded and reported: upheld if any aspect is upheld ("upheld in totality").
             * @enum {string}
             */
            outcome: "upheld" | "not_upheld";
            /**
             * @description Three-way detail kept for policies that publish it: every aspect upheld, some, or none.
             * @enum {string}
             */
            detailedOutcome: "upheld" | "partly_upheld" | "not_upheld";
            /** @description Stage 2: whether it agreed with stage 1's findings. */
            agreesWithStage1: boolean | null;
            /** @description The content of a stage 1 or stage 2 response; every element the Code requires must be present. */
            content: components["schemas"]["ResponseContent"];
            /** @description Stage 1: last day to escalate inside the policy's window. */
            escalationWindowEndsOn: string | null;
        };
        /**
         * StageTimescales
         * @description Timescales of one internal stage.
         * @example {
         *       "acknowledgement": {
         *         "workingDays": 5,
         *         "anchor": "receipt"
         *       },
         *       "response": {
         *         "workingDays": 10,
         *         "anchor": "acknowledgement"
         *       },
         *       "extensionCapWorkingDays": 10
         *     }
         */
        StageTimescales: {
            /** @description A period of working days counted from an anchor event (the anchor day itself never counts). */
            acknowledgement: components["schemas"]["WorkingDayPeriod"];
            /** @description A period of working days counted from an anchor event (the anchor day itself never counts). */
            response: components["schemas"]["WorkingDayPeriod"];
            /**
             * Format: int32
             * @description Total working days the response may be extended by without a recorded good reason; beyond it the extension is flagged as beyond the Code.
             */
            extensionCapWorkingDays: number;
        };
        /**
         * @description The successors; each case's reassignment is recorded in its history.
         * @example {
         *       "handler": "dev"
         *     }
         */
        Successors: {
            /** @description Who takes over the leaver's open stage 1 cases. */
            handler?: string;
            /** @description Who takes over the leaver's open stage 2 reviews. */
            stage2Handler?: string;
        };
        /**
         * TimelineEntry
         * @description One entry of a case's history: what happened, when it happened and when it was recorded, and by whom.
         * @example {
         *       "actor": "alice",
         *       "occurredAt": "2026-01-05T09:00:00.000Z",
         *       "recordedAt": "2026-01-05T09:00:00.000Z",
         *       "sequence": 1,
         *       "type": "case_received",
         *       "data": {
         *         "channel": "email",
         *         "receivedAt": "2026-01-05T09:00:00.000Z",
         *         "receivedOn": "2026-01-05",
         *         "awareOn": "2025-12-15",
         *         "anonymous": false,
         *         "sensitive": false,
         *         "policyId": "lgsco-2024",
         *         "policyVersion": "0",
         *         "twelveMonth": {
         *           "withinLimit": true,
         *           "limitDate": "2026-12-15"
         *         }
         *       }
         *     }
         * @example {
         *       "actor": "alice",
         *       "occurredAt": "2026-01-06T10:00:00.000Z",
         *       "recordedAt": "2026-01-06T10:00:00.000Z",
         *       "sequence": 2,
         *       "type": "triaged",
         *       "data": {
         *         "as": "complaint",
         *         "reason": null,
         *         "signpostedTo": null
         *       }
         *     }
         * @example {
         *       "actor": "bob",
         *       "occurredAt": "2026-01-08T16:00:00.000Z",
         *       "recordedAt": "2026-01-09T09:15:00.000Z",
         *       "sequence": 5,
         *       "type": "extended",
         *       "data": {
         *         "stage": 1,
         *         "workingDays": 5,
         *         "reason": "Waiting for the crew's round sheets for December",
         *         "toldPersonOn": "2026-01-08",
         *         "ombudsmanDetailsGiven": true
         *       }
         *     }
         */
        TimelineEntry: {
            /**
             * Format: int64
             * @description Position in the case's history.
             */
            sequence: number;
            /** @description What happened (the event name). */
            type: string;
            /** @description Who did it. */
            actor: string;
            /**
             * Format: date-time
             * @description When it happened.
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @description When it was recorded.
             */
            recordedAt: string;
            /** @description The event's data (the command's fields and what the rules computed). */
            data: {
                [key: string]: unknown;
            };
        };
        /**
         * @description Decide what the contact is.
         * @example {
         *       "as": "complaint"
         *     }
         */
        TriageDecision: {
            /**
             * @description Triage decision: a complaint (Code 1.4), a service request (1.2), or signposted to another body or statutory process.
             * @enum {string}
             */
            as: "complaint" | "service_request" | "signposted";
            /** @description Where the person is directed (required when signposted). */
            signpostedTo?: string;
            /** @description Why (required when signposted). */
            reason?: string;
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * @description A subscription's deliveries, newest first, each with every attempt made.
         * @example {
         *       "items": [
         *         {
         *           "id": "d363dfa7-db4b-413c-b258-1507a0e04d27",
         *           "eventId": "evt_7",
         *           "eventType": "case.remedy_completed",
         *           "caseId": "08416614-fd1f-4ae5-8179-d4bc027d067f",
         *           "replay": false,
         *           "status": "delivered",
         *           "attempts": 1,
         *           "nextAttemptAt": null,
         *           "lastError": null,
         *           "createdAt": "2026-01-20T12:00:00.000Z",
         *           "deliveredAt": "2026-01-20T12:00:00.000Z",
         *           "attemptLog": [
         *             {
         *               "attemptedAt": "2026-01-20T12:00:00.000Z",
         *               "durationMs": 27,
         *               "statusCode": 204,
         *               "error": null
         *             }
         *           ]
         *         },
         *         {
         *           "id": "d363dfa7-db4b-413c-b258-1507a0e04d23",
         *           "eventId": "evt_3",
         *           "eventType": "case.acknowledged",
         *           "caseId": "08416614-fd1f-4ae5-8179-d4bc027d067f",
         *           "replay": false,
         *           "status": "delivered",
         *           "attempts": 1,
         *           "nextAttemptAt": null,
         *           "lastError": null,
         *           "createdAt": "2026-01-06T10:00:00.000Z",
         *           "deliveredAt": "2026-01-06T10:00:00.000Z",
         *           "attemptLog": [
         *             {
         *               "attemptedAt": "2026-01-06T10:00:00.000Z",
         *               "durationMs": 101,
         *               "statusCode": 204,
         *               "error": null
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        WebhookDeliveryLog: {
            items: {
                /**
                 * Format: uuid
                 * @description The delivery's id.
                 */
                id: string;
                /** @description The event (and the message's `webhook-id`). */
                eventId: string;
                /** @description The event's type. */
                eventType: string;
                /**
                 * Format: uuid
                 * @description The case the event is about.
                 */
                caseId: string;
                /** @description Queued by a replay. */
                replay: boolean;
                /**
                 * @description `pending` until a 2xx; `failed` after a 410 or the last scheduled attempt.
                 * @enum {string}
                 */
                status: "pending" | "delivered" | "failed";
                /**
                 * Format: int64
                 * @description Attempts made so far.
                 */
                attempts: number;
                /** @description When it is tried next (pending only). */
                nextAttemptAt: string | null;
                /** @description The last attempt's error. */
                lastError: string | null;
                /**
                 * Format: date-time
                 * @description When it was queued.
                 */
                createdAt: string;
                /** @description When the receiver accepted it. */
                deliveredAt: string | null;
                /** @description Every attempt, oldest first. */
                attemptLog: {
                    /**
                     * Format: date-time
                     * @description When the attempt was made.
                     */
                    attemptedAt: string;
                    /**
                     * Format: int64
                     * @description How long it took.
                     */
                    durationMs: number;
                    /** @description The receiver's HTTP status; null when there was no answer. */
                    statusCode: number | null;
                    /** @description What went wrong (timeout, refused address, a non-2xx status); null on success. */
                    error: string | null;
                }[];
            }[];
        };
        /**
         * @description The replay queued.
         * @example {
         *       "queued": 2,
         *       "eventIds": [
         *         "evt_3",
         *         "evt_7"
         *       ]
         *     }
         */
        WebhookReplay: {
            /**
             * Format: int64
             * @description How many messages were queued.
             */
            queued: number;
            /** @description The events queued, in order (those of the types the subscription wants). */
            eventIds: string[];
        };
        /**
         * @description What to send again.
         * @example {
         *       "fromEventId": "evt_3"
         *     }
         */
        WebhookReplayInput: {
            /** @description The event to send again, or the first of a range. */
            fromEventId: string;
            /** @description The last event of the range (inclusive, in log order); at most 1000 events. */
            toEventId?: string;
        };
        /**
         * WebhookSubscription
         * @description A council's webhook subscription (its secret is never shown again after creation or rotation).
         * @example {
         *       "url": "https://crm.demo.gov.uk/hooks/complaints",
         *       "description": "Jadu CXM",
         *       "id": "ff66da9f-757a-4176-95de-95f6add0627f",
         *       "eventTypes": null,
         *       "enabled": true,
         *       "disabledReason": null,
         *       "previousSecretExpiresAt": null,
         *       "createdBy": "alice",
         *       "createdAt": "2025-12-01T16:00:00.000Z",
         *       "updatedAt": "2025-12-01T16:00:00.000Z"
         *     }
         */
        WebhookSubscription: {
            /**
             * Format: uuid
             * @description The subscription's id.
             */
            id: string;
            /** @description Where messages are posted. */
            url: string;
            /** @description The event types sent; null: every type. */
            eventTypes: string[] | null;
            /** @description What the subscription is for. */
            description: string;
            /** @description Whether messages are sent. A disabled subscription keeps its undelivered messages until it is enabled again. */
            enabled: boolean;
            /** @description Why it was disabled: by an admin, a 410 Gone from the receiver, or a day of failed attempts. */
            disabledReason: string | null;
            /** @description After a rotation: until when the previous secret also signs (a second `v1,` signature). */
            previousSecretExpiresAt: string | null;
            /** @description Who created it. */
            createdBy: string;
            /**
             * Format: date-time
             * @description When it was created.
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it last changed.
             */
            updatedAt: string;
        };
        /**
         * @description Changes to a subscription; fields left out keep their value.
         * @example {
         *       "enabled": false
         *     }
         */
        WebhookSubscriptionChange: {
            /**
             * Format: uri
             * @description The receiver: an https URL on a public host (the operator may allow http or private addresses).
             */
            url?: string;
            /** @description The event types to send; null (the default) sends every type. */
            eventTypes?: components["schemas"]["EventType"][] | null;
            /** @description What the subscription is for (who runs the receiver), for the council's admins. */
            description?: string;
            /** @description Enable (clears the reason it was disabled; waiting messages then go out, in order) or disable. */
            enabled?: boolean;
        };
        /**
         * @description The council's webhook subscriptions (without their secrets).
         * @example {
         *       "items": [
         *         {
         *           "url": "https://crm.demo.gov.uk/hooks/complaints",
         *           "description": "Jadu CXM",
         *           "id": "ff66da9f-757a-4176-95de-95f6add0627f",
         *           "eventTypes": null,
         *           "enabled": true,
         *           "disabledReason": null,
         *           "previousSecretExpiresAt": null,
         *           "createdBy": "alice",
         *           "createdAt": "2025-12-01T16:00:00.000Z",
         *           "updatedAt": "2025-12-01T16:00:00.000Z"
         *         }
         *       ]
         *     }
         */
        WebhookSubscriptionList: {
            items: components["schemas"]["WebhookSubscription"][];
        };
        /**
         * @description The subscription and its signing secret, shown once.
         * @example {
         *       "subscription": {
         *         "url": "https://crm.demo.gov.uk/hooks/complaints",
         *         "description": "Jadu CXM",
         *         "id": "ff66da9f-757a-4176-95de-95f6add0627f",
         *         "eventTypes": null,
         *         "enabled": true,
         *         "disabledReason": null,
         *         "previousSecretExpiresAt": null,
         *         "createdBy": "alice",
         *         "createdAt": "2025-12-01T16:00:00.000Z",
         *         "updatedAt": "2025-12-01T16:00:00.000Z"
         *       },
         *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
         *     }
         */
        WebhookSubscriptionWithSecret: {
            subscription: components["schemas"]["WebhookSubscription"];
            /** @description The signing secret (`whsec_…`, Standard Webhooks). Shown only now: store it in the receiver. */
            secret: string;
        };
        /**
         * @description The person withdraws the complaint.
         * @example {
         *       "withdrawnOn": "2026-01-29",
         *       "how": "by phone to customer services"
         *     }
         */
        Withdrawal: {
            /**
             * Format: date
             * @description A calendar date (YYYY-MM-DD) in the years 1900-2200, read as a date in Europe/London.
             * @example 2025-12-19
             */
            withdrawnOn: string;
            /** @description How the withdrawal was made (e.g. "by phone to customer services"). */
            how: string;
            /**
             * Format: date-time
             * @description When the action really happened, if earlier than now (ISO 8601 with offset); never in the future nor before the case's previous event. Dates and timeliness are worked out from it; the time it was recorded is kept beside it.
             */
            occurredAt?: string;
        };
        /**
         * @description The working days between two dates under a division's bank holidays.
         * @example {
         *       "from": "2025-12-19",
         *       "to": "2025-12-30",
         *       "workingDays": 5,
         *       "provisional": false
         *     }
         */
        WorkingDayCount: {
            /**
             * Format: date
             * @description The start date in Europe/London (not counted).
             */
            from: string;
            /**
             * Format: date
             * @description The end date in Europe/London (counted when a working day).
             */
            to: string;
            /**
             * Format: int64
             * @description Working days after `from` up to and including `to`; negative when `to` is before `from`.
             */
            workingDays: number;
            /** @description True when the range uses projected bank holidays. */
            provisional: boolean;
        };
        /**
         * WorkingDayPeriod
         * @description A period of working days counted from an anchor event (the anchor day itself never counts).
         * @example {
         *       "workingDays": 5,
         *       "anchor": "receipt"
         *     }
         * @example {
         *       "workingDays": 10,
         *       "anchor": "acknowledgement"
         *     }
         */
        WorkingDayPeriod: {
            /**
             * Format: int32
             * @description Length of the period in working days.
             */
            workingDays: number;
            /**
             * @description What a period counts from: receipt of the complaint, receipt of the escalation request, or the acknowledgement at the same stage.
             * @enum {string}
             */
            anchor: "receipt" | "escalation_request" | "acknowledgement";
        };
        /**
         * @description Working days from the start of the stage (receipt; the escalation request) to the response, less paused working days, over responses sent in the period.
         * @example {
         *       "average": 8.4,
         *       "p90": 12
         *     }
         */
        WorkingDaysToRespond: {
            /** @description Mean working days, one decimal place; null when none. */
            average: number | null;
            /** @description 90th percentile (continuous); null when none. */
            p90: number | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The request id: yours if you sent a sane `x-request-id`, else one made for you. Quote it to the operator. */
        RequestId: string;
        /** @description The version of the resource, quoted. Send it back as `If-Match` to change it only if nobody else has. */
        ETag: string;
        /** @description Where the created resource can be read. */
        Location: string;
        /** @description `true` when this is the stored answer to an earlier request with the same `Idempotency-Key`: nothing new was created. */
        IdempotentReplayed: "true";
        /** @description Seconds to wait before trying again. */
        RetryAfter: number;
        /** @description Requests allowed in the window. */
        RateLimitLimit: number;
        /** @description Requests left in the window. */
        RateLimitRemaining: number;
        /** @description Seconds until the window resets. */
        RateLimitReset: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description OK. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who the bearer token identifies, as `GET /v1/me` returns it. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Principal"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarDeadline: {
        parameters: {
            query: {
                /** @description A calendar date (`2025-12-19`) or an ISO 8601 instant (`2026-03-31T23:30:00Z`), which counts as its date in Europe/London. */
                from: string;
                /** @description How many working days after `from` (which never counts itself). */
                workingDays: number;
                /** @description Bank-holiday division. Default: your council's. */
                division?: "england-and-wales" | "scotland" | "northern-ireland";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarDeadline"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarWorkingDays: {
        parameters: {
            query: {
                /** @description A calendar date (`2025-12-19`) or an ISO 8601 instant (`2026-03-31T23:30:00Z`), which counts as its date in Europe/London. */
                from: string;
                /** @description A calendar date (`2025-12-19`) or an ISO 8601 instant (`2026-03-31T23:30:00Z`), which counts as its date in Europe/London. */
                to: string;
                /** @description Bank-holiday division. Default: your council's. */
                division?: "england-and-wales" | "scotland" | "northern-ireland";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkingDayCount"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listComplaints: {
        parameters: {
            query?: {
                /** @description Where the case is: received; triaged as service_request, signposted or triaged_complaint; refused or stage1_acknowledged (accepted); stage1_responded; escalation_pending_decision (outside the window) or escalation_requested; escalation_refused or final_at_stage1; stage2_acknowledged; stage2_responded (the council's final response); withdrawn; closed. */
                status?: "received" | "service_request" | "signposted" | "triaged_complaint" | "refused" | "stage1_acknowledged" | "stage1_responded" | "escalation_pending_decision" | "escalation_requested" | "escalation_refused" | "final_at_stage1" | "stage2_acknowledged" | "stage2_responded" | "withdrawn" | "closed";
                /** @description Internal stage. */
                stage?: number;
                /** @description Triage decision: a complaint (Code 1.4), a service request (1.2), or signposted to another body or statutory process. */
                kind?: "complaint" | "service_request" | "signposted";
                /** @description A handler's subject, or `me`. */
                handler?: string;
                /** @description Lead or concerned service area. */
                serviceArea?: string;
                /** @description How the complaint or request reached the council; a complaint may be made in any way (Code 1.5). */
                channel?: "web_form" | "email" | "phone" | "letter" | "in_person" | "social_media" | "councillor" | "mp" | "crm" | "other";
                /** @description Received at or after this instant. */
                receivedFrom?: string;
                /** @description Received before this instant. */
                receivedTo?: string;
                /** @description Only cases whose next council deadline has passed (true) or has not (false). */
                overdue?: boolean;
                /** @description Only cases whose next deadline falls within this many working days from today (overdue included). */
                dueWithinWorkingDays?: number;
                /** @description Only sensitive (true) or ordinary (false) cases. */
                sensitive?: boolean;
                /** @description Only cases with an open remedy past its due date. */
                remediesOverdue?: boolean;
                /** @description Only open cases whose reasonable adjustments are due for review (Code 5.6): review date today or past. */
                adjustmentsReviewDue?: boolean;
                /** @description The case's reference, e.g. `WOX-2026-000123` (any letter case). */
                reference?: string;
                /** @description The calling CRM's own reference, as given at intake (exact). */
                crmReference?: string;
                /** @description Only cases changed at or after this instant; with `sort=updated`, a CRM mirrors every change. */
                updatedSince?: string;
                /** @description The person's email address, exactly, ignoring letter case and surrounding spaces. Never matches a sensitive case whose personal data you may not see. */
                personEmail?: string;
                /** @description The person's telephone number, exactly, however written (`07700 900123` = `+44 7700 900123`). Never matches a sensitive case whose personal data you may not see. */
                personPhone?: string;
                /** @description Words that must each start a word of the summary or of the person's or representative's name (at most 8 are used). Never matches a sensitive case whose personal data you may not see. */
                q?: string;
                /** @description Only open cases whose regular update is due: no correspondence either way (or since receipt) for more than the `updateEveryWorkingDays` (default 10) working days of the case's own policy (the version it started under, as the case answers it), in its own bank-holiday division. */
                updateDue?: boolean;
                /** @description Only cases with (true) or without (false) a correspondence gap: a stage acknowledged, extended or answered with no outgoing letter, email, call or meeting recorded for that duty (the `gaps` of `GET /v1/complaints/{id}/correspondence`). */
                correspondenceGap?: boolean;
                /** @description `due` (default): next due date, then id. `updated`: last change, oldest first, then id. */
                sort?: "due" | "updated";
                /** @description Page size. */
                limit?: number;
                /** @description The `nextCursor` of the previous page. */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseQueuePage"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key you make unique to this submission (8-200 characters: letters, digits, `.`, `_`, `:`, `-`). A retry with the same key and the same body creates nothing and answers with the first response again, with the header `idempotent-replayed: true`; the same key with a different body is 422 `IDEMPOTENCY.KEY_REUSED`. Send one whenever a timeout could make you retry. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Intake"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    amendComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description What to change about a case; only the fields sent change. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Amendment"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getComplaintTimeline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseTimeline"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    triageComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Decide what the contact is. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["TriageDecision"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    upgradeToComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Treat a service request as a complaint because the person wants to complain. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ActionWithReason"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downgradeToServiceRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Treat a complaint as a service request; only with the person's agreement. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Downgrade"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Acknowledge a complaint, saying whether it is accepted (Code 2.1-2.4). */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Acknowledgement"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Allocate the stage 1 lead service area and handler. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Stage1Assignment"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    extendResponseDeadline: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Extend the current stage's response date (Code 6.4, 6.5). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionRequest"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pauseClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Pause the response clock (only where the policy allows). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockPause"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeClock: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Resume a paused clock. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ActionTiming"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    respondStage1: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Send the stage 1 response. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Stage1Response"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    escalateComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Record a request to escalate to stage 2; no reason is needed. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalationRequest"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideEscalation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Decide an escalation outside the window, refuse one under the catalogue, or make stage 1 final. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalationDecision"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeStage2: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Acknowledge the escalation request. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ActionTiming"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignStage2: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Allocate the stage 2 reviewer (never a stage 1 handler). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Stage2Assignment"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    respondStage2: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Send the stage 2 (final) response. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Stage2Response"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    referToOmbudsman: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Record that the person took the complaint to the Ombudsman. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OmbudsmanReferral"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordOmbudsmanDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Record the Ombudsman's decision beside the council's outcome. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OmbudsmanDecision"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeRemedy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
                /** @description Id within the case. */
                remedyId: string;
            };
            cookie?: never;
        };
        /** @description Record a remedy as delivered. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Completion"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markRemedyUndeliverable: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
                /** @description Id within the case. */
                remedyId: string;
            };
            cookie?: never;
        };
        /** @description Record that a remedy cannot be delivered, with the alternative. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RemedyUndeliverable"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeOutstandingAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
                /** @description Id within the case. */
                actionId: string;
            };
            cookie?: never;
        };
        /** @description Record an outstanding action as done. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Completion"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawComplaint: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The person withdraws the complaint. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Withdrawal"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeCase: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Close the case. */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ActionWithReason"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getComplaintByReference: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case's reference, e.g. `WOX-2026-000123` (any letter case). */
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    correctAction: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description A correction of a mistaken action, recorded with its reason. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Correction"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCorrespondence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A case's correspondence and the evidence it gives. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrespondenceLog"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordCorrespondence: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrespondenceInput"];
            };
        };
        responses: {
            /** @description An entry of a case's correspondence log. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CorrespondenceEntry"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkExclusions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The facts to check; all optional. Nothing is recorded. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExclusionCheck"];
            };
        };
        responses: {
            /** @description Advice on acceptance; nothing was recorded. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExclusionAdvice"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    raiseRelatedIssue: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the case as you last read it (its `version`, quoted or not). Optional: without it the change applies to the case as it is now. With it, the change applies only if nobody changed the case since you read it; otherwise the answer is 412 `CASE.VERSION_MISMATCH` and nothing changes: read the case again and decide again. */
                "if-match"?: string;
                /** @description A key you make unique to this submission (8-200 characters: letters, digits, `.`, `_`, `:`, `-`). A retry with the same key and the same body creates nothing and answers with the first response again, with the header `idempotent-replayed: true`; the same key with a different body is 422 `IDEMPOTENCY.KEY_REUSED`. Send one whenever a timeout could make you retry. */
                "idempotency-key"?: string;
            };
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description A further issue the person raised. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["RelatedIssue"];
            };
        };
        responses: {
            /** @description A complaint or request with its state, deadlines and history summary. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description A complaint or request with its state, deadlines and history summary. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    Location: components["headers"]["Location"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCurrentCouncil: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The council the token acts for, and its settings. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSettings"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCurrentCouncil: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The settings to change; fields left out keep their value. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CouncilSettingsChange"];
            };
        };
        responses: {
            /** @description The council the token acts for, and its settings. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilSettings"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCurrentPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The council's policy in force: new cases start under it; open cases keep the version they started under. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersion"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceCurrentPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The `ETag` of the policy as you last read it (its `version`, quoted or not). Optional: without it the change applies to the policy as it is now. With it, the change applies only if nobody changed the policy since you read it; otherwise the answer is 412 `POLICY.VERSION_MISMATCH` and nothing changes: read the policy again and decide again. */
                "if-match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A new version of the council's policy. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyChange"];
            };
        };
        responses: {
            /** @description The council's policy in force: new cases start under it; open cases keep the version they started under. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersion"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPolicyVersions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The council's policy history. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyHistory"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPolicyVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The version number (0 is the Code's defaults). */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The council's policy in force: new cases start under it; open cases keep the version they started under. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    ETag: components["headers"]["ETag"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyVersion"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitPublicComplaint: {
        parameters: {
            query?: never;
            header: {
                /** @description Required here. A key you make unique to this submission (8-200 characters: letters, digits, `.`, `_`, `:`, `-`). A retry with the same key and the same body creates nothing and answers with the first response again, with the header `idempotent-replayed: true`; the same key with a different body is 422 `IDEMPOTENCY.KEY_REUSED`. Send one whenever a timeout could make you retry. */
                "idempotency-key": string;
            };
            path: {
                /** @description The council's slug. */
                slug: string;
            };
            cookie?: never;
        };
        /** @description A complaint from a website form. The channel is `web_form` and it is received now. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicComplaint"];
            };
        };
        responses: {
            /** @description The receipt: no personal data, nothing beyond the reference and dates. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "idempotent-replayed": components["headers"]["IdempotentReplayed"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicComplaintReceipt"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests. */
            429: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-ratelimit-limit": components["headers"]["RateLimitLimit"];
                    "x-ratelimit-remaining": components["headers"]["RateLimitRemaining"];
                    "x-ratelimit-reset": components["headers"]["RateLimitReset"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSelfAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The financial year by the calendar year it starts in: 2025 is 1 April 2025 to 31 March 2026. */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The self-assessment against the Code, provision by provision (Code 8.1). The current draft; published versions are frozen. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessment"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerSelfAssessmentProvision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The financial year by the calendar year it starts in: 2025 is 1 April 2025 to 31 March 2026. */
                year: number;
                /** @description A provision of the Code: its paragraph number (e.g. `6.2`), or `<section>.<name>` where the paragraph is not numbered (`6.stage2.response`). */
                ref: "1.2" | "1.4" | "1.5" | "1.7" | "1.8" | "2.1" | "2.2" | "2.3" | "2.4" | "2.5" | "3.1" | "3.4" | "3.6" | "3.7" | "3.8" | "4.1" | "5.1" | "5.2" | "5.4" | "5.5" | "5.6" | "5.7" | "6.1" | "6.2" | "6.3" | "6.4" | "6.5" | "6.6" | "6.7" | "6.stage2.acknowledgement" | "6.stage2.response" | "6.stage2.extension" | "6.stage2.independent" | "7.1" | "7.2" | "7.3" | "7.4" | "7.5" | "8.1" | "8.exceptional" | "8.2" | "8.3" | "9.1-9.3" | "9.4" | "9.5" | "9.7";
            };
            cookie?: never;
        };
        /** @description The council's answer for one provision. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProvisionAnswerInput"];
            };
        };
        responses: {
            /** @description One provision of the self-assessment. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessmentProvision"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    signOffSelfAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The financial year by the calendar year it starts in: 2025 is 1 April 2025 to 31 March 2026. */
                year: number;
            };
            cookie?: never;
        };
        /** @description The governing body's response and the Member responsible's sign-off. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SelfAssessmentSignOffInput"];
            };
        };
        responses: {
            /** @description The recorded sign-off. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessmentSignOff"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishSelfAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The financial year by the calendar year it starts in: 2025 is 1 April 2025 to 31 March 2026. */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A published (frozen) version. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SelfAssessmentVersion"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublishedSelfAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The financial year by the calendar year it starts in: 2025 is 1 April 2025 to 31 March 2026. */
                year: number;
                /** @description The version number. */
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A published version of the self-assessment. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedSelfAssessment"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCaseload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caseload. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Caseload"];
                    "text/csv": string;
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerformanceFigures: {
        parameters: {
            query: {
                /** @description First day of the period (London date). */
                from: string;
                /** @description Last day of the period, inclusive. */
                to: string;
                /** @description How to group: month (of each figure's own date), the lead service area, category (a case counts in each of its categories, so groups may sum to more than the total), channel; none for the total only. */
                groupBy?: "none" | "month" | "serviceArea" | "category" | "channel";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The figures. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PerformanceReport"];
                    "text/csv": string;
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnnualReport: {
        parameters: {
            query: {
                /** @description The financial year by the calendar year it starts in: 2025 is 1 April 2025 to 31 March 2026. */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReport"];
                    "text/html": string;
                    "text/csv": string;
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHalfYearReport: {
        parameters: {
            query: {
                /** @description The financial year by the calendar year it starts in: 2025 is 1 April 2025 to 31 March 2026. */
                year: number;
                /** @description 1: April to September; 2: October to March. */
                half: 1 | 2;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReport"];
                    "text/html": string;
                    "text/csv": string;
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordAnnualReportNarrative: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The financial year by the calendar year it starts in: 2025 is 1 April 2025 to 31 March 2026. */
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnualReportNarrativeInput"];
            };
        };
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualReportNarrative"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExceptionalCircumstances: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExceptionalCircumstancesList"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordExceptionalCircumstances: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A period of exceptional circumstances that stopped the council meeting the Code. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExceptionalCircumstancesInput"];
            };
        };
        responses: {
            /** @description A recorded period of exceptional circumstances. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExceptionalCircumstances"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listStaff: {
        parameters: {
            query?: {
                /** @description Only registered staff (true) or only subjects seen (false). */
                registered?: boolean;
                /** @description Only active (true) or inactive (false). */
                active?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The council's staff. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffList"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subject (`sub`), URL-encoded. */
                subject: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A member of the council's staff, or a subject seen. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMember"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putStaffMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subject (`sub`), URL-encoded. */
                subject: string;
            };
            cookie?: never;
        };
        /** @description The member of staff's record, whole (it replaces the previous one). */
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffMemberRecord"];
            };
        };
        responses: {
            /** @description A member of the council's staff, or a subject seen. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMember"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reassignOpenCases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subject (`sub`), URL-encoded. */
                subject: string;
            };
            cookie?: never;
        };
        /** @description The successors; each case's reassignment is recorded in its history. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Successors"];
            };
        };
        responses: {
            /** @description What the reassignment did. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Reassignment"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `If-Match` version is stale: read the resource again. */
            412: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLearningActions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningRegister"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordLearningAction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A service improvement to record in the learning register. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningActionInput"];
            };
        };
        responses: {
            /** @description A service improvement in the learning register (Code 9.1-9.3). */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAction"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordLearningFromComplaint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The case id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description A service improvement prompted by this complaint. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningFromComplaintInput"];
            };
        };
        responses: {
            /** @description A service improvement in the learning register (Code 9.1-9.3). */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAction"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateLearningAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The action id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change; `doneOn` records it done; `caseIds` replaces the linked complaints. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["LearningActionChange"];
            };
        };
        responses: {
            /** @description A service improvement in the learning register (Code 9.1-9.3). */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningAction"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description The `nextCursor` of your previous page; leave out to start at the beginning of the log. Opaque: store it, do not parse it. */
                after?: string;
                /** @description Only these event types, comma-separated (e.g. `deadline.missed,case.closed`). */
                types?: string;
                /** @description Most events in one page. */
                limit?: number;
                /** @description Long-poll: when there is nothing new, hold the request up to this many seconds and answer as soon as an event commits. */
                wait?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the event log. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookSubscriptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionList"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A new webhook subscription. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewWebhookSubscription"];
            };
        };
        responses: {
            /** @description The subscription and its signing secret, shown once. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionWithSecret"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A council's webhook subscription (its secret is never shown again after creation or rotation). */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhookSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription's id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Changes to a subscription; fields left out keep their value. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookSubscriptionChange"];
            };
        };
        responses: {
            /** @description A council's webhook subscription (its secret is never shown again after creation or rotation). */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscription"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription's id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description A secret rotation. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SecretRotation"];
            };
        };
        responses: {
            /** @description The subscription and its signing secret, shown once. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSubscriptionWithSecret"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Only deliveries in this state. */
                status?: "pending" | "delivered" | "failed";
                /** @description Most deliveries listed, newest event first. */
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The subscription's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDeliveryLog"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayWebhookEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The subscription's id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description What to send again. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookReplayInput"];
            };
        };
        responses: {
            /** @description The replay queued. */
            202: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookReplay"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCouncils: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The councils this deployment serves. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CouncilList"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCouncil: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A council to put into service. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCouncil"];
            };
        };
        responses: {
            /** @description A council this deployment serves, as the operator sees it. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    Location: components["headers"]["Location"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServedCouncil"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCouncil: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The council's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A council this deployment serves, as the operator sees it. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServedCouncil"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeCouncil: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The council's slug. */
                slug: string;
            };
            cookie?: never;
        };
        /** @description What to change; fields left out keep their value. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CouncilChange"];
            };
        };
        responses: {
            /** @description A council this deployment serves, as the operator sees it. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServedCouncil"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    suspendCouncil: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The council's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A council this deployment serves, as the operator sees it. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServedCouncil"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reinstateCouncil: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The council's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A council this deployment serves, as the operator sees it. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServedCouncil"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIdentityProviders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The council's slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A council's identity providers. */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProviderList"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The council's slug. */
                slug: string;
            };
            cookie?: never;
        };
        /** @description A council's own identity provider to trust. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewIdentityProvider"];
            };
        };
        responses: {
            /** @description A council's own identity provider. */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProvider"];
                };
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action is not allowed in the current state; `code` says why. */
            409: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request breaks a business rule; `code` and `detail` name it. */
            422: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The council's slug. */
                slug: string;
                /** @description The provider's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed: its tokens are refused from now on. */
            204: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: `errors` names each field and the rule it broke. */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid bearer token. */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The token lacks a role this operation needs. */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in your council. */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is too large. */
            413: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Problem */
            414: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body must be `application/json`. */
            415: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected failure; the request id helps the operator find it in the logs. */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not ready. */
            503: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
