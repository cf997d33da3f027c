/**
 * Examples of the contract's main components, taken from answers of a running server (ids replaced) so that they
 * are real. Redocly's no-invalid-schema-examples rule (test/openapi.test.ts) checks each against its schema, so an
 * example that no longer matches fails the suite.
 */
export const COMPONENT_EXAMPLES: Record<string, unknown[]> = {
  "AcceptAcknowledgement": [{ "decision": "accepted" }],
  "RefuseAcknowledgement": [{
    "decision": "refused",
    "exclusionCodes": ["legal_action_started"],
    "ombudsmanRightGiven": true,
    "explanation": "The person has begun legal action about the same matter: the court will decide it, so the complaints procedure cannot."
  }],
  "Case": [
    {
      "id": "3f0c6a52-8d1e-4b7a-9c35-2e6f4a1b7d90",
      "reference": "DEMO-2026-000001",
      "version": 3,
      "status": "stage1_acknowledged",
      "kind": "complaint",
      "stage": 1,
      "channel": "email",
      "receivedAt": "2026-12-01T16:25:25.179Z",
      "receivedOn": "2026-12-01",
      "awareOn": "2026-11-20",
      "anonymous": false,
      "sensitive": false,
      "personalDataHidden": false,
      "person": {
        "name": "Ada Lovelace",
        "email": "ada@example.org"
      },
      "representative": null,
      "summary": "The bin was missed three weeks running.",
      "desiredOutcome": null,
      "relatedIssues": [],
      "serviceAreas": [
        "waste"
      ],
      "categories": [],
      "crmReference": null,
      "policy": {
        "id": "lgsco-2024",
        "version": 0
      },
      "leadServiceArea": null,
      "handler": null,
      "stage2Handler": null,
      "deadlines": [
        {
          "kind": "stage1_acknowledgement",
          "due": "2026-12-08",
          "basis": "5 working days after receipt on 2026-12-01",
          "provisional": false,
          "projected": false,
          "doneOn": "2026-12-01",
          "extendedByWorkingDays": 0,
          "beyondCode": false,
          "pausedWorkingDays": 0,
          "pausedSince": null,
          "state": "met"
        },
        {
          "kind": "stage1_response",
          "due": "2026-12-15",
          "basis": "10 working days after acknowledgement on 2026-12-01",
          "provisional": false,
          "projected": false,
          "doneOn": null,
          "extendedByWorkingDays": 0,
          "beyondCode": false,
          "pausedWorkingDays": 0,
          "pausedSince": null,
          "state": "open"
        }
      ],
      "nextDue": {
        "kind": "stage1_response",
        "due": "2026-12-15"
      },
      "flags": {
        "overdue": false,
        "acknowledgedLate": false,
        "respondedLate": false,
        "extendedBeyondCode": false,
        "clockPaused": false,
        "outsideTwelveMonths": false,
        "remediesOverdue": 0
      },
      "twelveMonth": {
        "withinLimit": true,
        "limitDate": "2027-11-20"
      },
      "triage": {
        "as": "complaint",
        "signpostedTo": null,
        "reason": null
      },
      "acceptance": {
        "decision": "accepted",
        "exclusionCodes": [],
        "explanation": null,
        "ombudsmanRightGiven": false,
        "outsideTimeLimitReason": null
      },
      "stage1": {
        "acknowledgedAt": "2026-12-01T16:25:30.823Z",
        "acknowledgedOn": "2026-12-01",
        "acknowledgedLate": false,
        "serviceArea": null,
        "handler": null,
        "handlers": [],
        "extensions": [],
        "pauses": [],
        "response": null
      },
      "escalation": null,
      "stage2": null,
      "remedies": [],
      "actions": [],
      "ombudsman": null,
      "withdrawal": null,
      "lastContactOn": "2026-12-01",
      "updateDue": false,
      "closedOn": null,
      "backdated": [],
      "linkedCaseId": null,
      "createdAt": "2026-12-01T16:25:25.205Z",
      "updatedAt": "2026-12-01T16:25:30.823Z",
      "adjustmentsReviewOn": null
    }
  ],
  "CaseDeadline": [
    {
      "kind": "stage1_acknowledgement",
      "due": "2026-12-08",
      "basis": "5 working days after receipt on 2026-12-01",
      "provisional": false,
      "projected": false,
      "doneOn": "2026-12-01",
      "extendedByWorkingDays": 0,
      "beyondCode": false,
      "pausedWorkingDays": 0,
      "pausedSince": null,
      "state": "met"
    }
  ],
  "Remedy": [
    {
      "id": "s1-r1",
      "type": "apology",
      "description": "A written apology for the missed collections.",
      "dueDate": "2026-12-18",
      "source": "stage1",
      "status": "open",
      "completedOn": null,
      "undeliverableReason": null,
      "alternative": null,
      "overdue": false
    }
  ],
  "Problem": [
    {
      "type": "urn:problem:case.already_acknowledged",
      "title": "Conflict",
      "status": 409,
      "code": "CASE.ALREADY_ACKNOWLEDGED",
      "requestId": "7b1e9c2a-5d44-4f0e-8a63-0c2d9e4f1a57",
      "detail": "acknowledge is not allowed when the case is stage1_acknowledged",
      "instance": "/v1/complaints/3f0c6a52-8d1e-4b7a-9c35-2e6f4a1b7d90/acknowledgement"
    },
    {
      "type": "urn:problem:validation",
      "title": "Invalid request",
      "status": 400,
      "code": "VALIDATION",
      "requestId": "0d8f3b6e-2a71-4c95-b1e4-6f9a2c3d7e18",
      "detail": "body/person/email: must match format \"email\"",
      "instance": "/v1/complaints",
      "errors": [
        {
          "location": "body",
          "field": "/person/email",
          "rule": "format",
          "message": "must match format \"email\""
        }
      ]
    }
  ],
  "PolicyVersion": [
    {
      "version": 0,
      "preset": "lgsco-2024",
      "overrides": {},
      "policy": {
        "id": "lgsco-2024",
        "basedOn": null,
        "source": "LGSCO Complaint Handling Code, February 2024 (applied from 1 April 2026)",
        "stage1": {
          "acknowledgement": {
            "workingDays": 5,
            "anchor": "receipt"
          },
          "response": {
            "workingDays": 10,
            "anchor": "acknowledgement"
          },
          "extensionCapWorkingDays": 10
        },
        "stage2": {
          "acknowledgement": {
            "workingDays": 5,
            "anchor": "escalation_request"
          },
          "response": {
            "workingDays": 20,
            "anchor": "acknowledgement"
          },
          "extensionCapWorkingDays": 20
        },
        "escalationWindow": {
          "kind": "none"
        },
        "timeLimitMonths": 12,
        "outcomeScheme": "two_way",
        "unexplainedEscalationMayBeFinal": false,
        "clockMayPause": false,
        "personMayRefuseExtension": false,
        "exclusions": [
          {
            "code": "legal_action_started",
            "label": "Legal action begun",
            "description": "The person (or their representative) has already commenced legal action about the matter.",
            "signpostsTo": "The court dealing with the legal action"
          },
          {
            "code": "statutory_appeal",
            "label": "Statutory right of appeal",
            "description": "There is a statutory right of appeal to a tribunal, a government minister or a court that it is reasonable to expect the person to use.",
            "signpostsTo": "The relevant tribunal, minister or court"
          },
          {
            "code": "already_under_appeal",
            "label": "Already subject to appeal",
            "description": "The matter has been, or is, subject to an appeal with a tribunal, minister or court, even if the person is not the appellant.",
            "signpostsTo": null
          },
          {
            "code": "internal_review_available",
            "label": "Internal appeal or review available",
            "description": "The person can appeal or ask for a review through an internal appeal or review process.",
            "signpostsTo": "The council's internal review process"
          },
          {
            "code": "already_considered",
            "label": "Already considered",
            "description": "A complaint about the same matter was previously considered under the complaints policy or by the Ombudsman.",
            "signpostsTo": null
          },
          {
            "code": "prejudice_ongoing_action",
            "label": "Would prejudice ongoing action",
            "description": "Ongoing action by the council or another party would be prejudiced by considering the complaint.",
            "signpostsTo": null
          },
          {
            "code": "personnel_matter",
            "label": "Personnel matter",
            "description": "Recruitment, pay, grievances, removals, discipline and pensions.",
            "signpostsTo": null
          },
          {
            "code": "over_time_limit",
            "label": "More than 12 months",
            "description": "Raised more than 12 months after the issue occurred or the person became aware of it, with no good reason to accept it (Code 2.2).",
            "signpostsTo": "Local Government and Social Care Ombudsman"
          }
        ]
      },
      "createdBy": null,
      "createdAt": null
    }
  ],
  "StageFigures": [
    {
      "acknowledgement": {
        "due": 1,
        "met": {
          "count": 1,
          "percent": 100
        },
        "late": {
          "count": 0,
          "percent": 0
        },
        "pending": {
          "count": 0,
          "percent": 0
        }
      },
      "response": {
        "due": 1,
        "withinCodeTimescale": {
          "count": 0,
          "percent": 0
        },
        "withinExtendedDate": {
          "count": 0,
          "percent": 0
        },
        "late": {
          "count": 0,
          "percent": 0
        },
        "pending": {
          "count": 1,
          "percent": 100
        },
        "extended": {
          "count": 0,
          "percent": 0
        },
        "extendedWithinCap": {
          "count": 0,
          "percent": 0
        },
        "extendedBeyondCap": {
          "count": 0,
          "percent": 0
        },
        "paused": {
          "count": 0,
          "percent": 0
        },
        "pausedWorkingDays": 0
      },
      "outcomes": {
        "responded": 0,
        "upheld": 0,
        "notUpheld": 0,
        "detailed": {
          "upheld": 0,
          "partlyUpheld": 0,
          "notUpheld": 0
        },
        "workingDaysToRespond": {
          "average": null,
          "p90": null
        }
      }
    }
  ],
  "Intake": [
    {
      "channel": "email",
      "summary": "The bin was missed three weeks running.",
      "person": {
        "name": "Ada Lovelace",
        "email": "ada@example.org",
        "preferredContactMethod": "email"
      },
      "awareOn": "2026-11-20",
      "serviceAreas": [
        "waste"
      ],
      "crmReference": "CXM-4711"
    }
  ],
  "Principal": [
    {
      "subject": "alice",
      "council": {
        "slug": "demo",
        "name": "Demo Council"
      },
      "roles": [
        "complaints_team"
      ]
    }
  ]
}
