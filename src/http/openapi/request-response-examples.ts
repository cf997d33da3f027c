/**
 * Examples of the request and response components, taken from the requests and answers of a running server (the
 * test suite's), with ids as they were and the test council shown as the demo council. test/openapi-examples.test.ts
 * checks each against its schema, so one that no longer matches (a field added) fails the suite: update it here.
 */
export const REQUEST_RESPONSE_EXAMPLES: Record<string, unknown[]> = {
  "Acknowledgement": [
    {
      "decision": "accepted"
    }
  ],
  "ActionTiming": [
    {}
  ],
  "ActionWithReason": [
    {
      "reason": "Final at stage 1"
    }
  ],
  "Amendment": [
    {
      "person": {
        "email": "pat.doe@example.org",
        "phone": "01993 861000",
        "preferredContactMethod": "phone"
      },
      "reason": "The person phoned with new details"
    }
  ],
  "AnnualReport": [
    {
      "council": {
        "name": "Testshire District Council"
      },
      "period": {
        "kind": "annual",
        "label": "2025-26",
        "year": 2025,
        "from": "2025-04-01",
        "to": "2026-03-31"
      },
      "asAt": "2026-04-02",
      "policy": {
        "version": 1,
        "id": "lgsco-2024",
        "labels": {
          "stage1_acknowledgement": "Stage 1 acknowledged within 5 working days of receipt",
          "stage1_response": "Stage 1 response within 10 working days of acknowledgement",
          "stage1_extension": "Stage 1 extensions of at most 10 working days without good reason",
          "stage2_acknowledgement": "Stage 2 acknowledged within 5 working days of the escalation request",
          "stage2_response": "Stage 2 response within 20 working days of acknowledgement",
          "stage2_extension": "Stage 2 extensions of at most 20 working days without good reason"
        }
      },
      "targets": {
        "targetPercent": 100,
        "amberFromPercent": 90,
        "rule": "Met when at least 100% of the duties that fell due in the period were done on time; amber from 90%. Duties still open and not yet due are shown apart and never count as met."
      },
      "timeliness": [
        {
          "duty": "stage1_acknowledgement",
          "label": "Stage 1 acknowledged within 5 working days of receipt",
          "codeReference": "6.2",
          "fellDue": 2,
          "onTime": 2,
          "late": 0,
          "notYetDue": 0,
          "percent": 100,
          "rating": "met",
          "met": true
        },
        {
          "duty": "stage1_response",
          "label": "Stage 1 response within 10 working days of acknowledgement",
          "codeReference": "6.3",
          "fellDue": 2,
          "onTime": 2,
          "late": 0,
          "notYetDue": 0,
          "percent": 100,
          "rating": "met",
          "met": true
        }
      ],
      "selfAssessment": {
        "year": 2025,
        "asAt": "2026-04-02",
        "rows": [
          {
            "ref": "1.2",
            "section": 1,
            "paragraph": "1.2",
            "title": "Service requests defined",
            "summary": "A service request is a request that the organisation provides or improves a service, fixes a problem or reconsiders a decision; it is not a complaint.",
            "evidence": null,
            "basis": "council",
            "data": null,
            "answer": null,
            "status": "not_answered"
          },
          {
            "ref": "1.4",
            "section": 1,
            "paragraph": "1.4",
            "title": "Complaints defined",
            "summary": "A complaint is an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the organisation, its staff or those acting on its behalf, affecting an individual or group.",
            "evidence": null,
            "basis": "council",
            "data": null,
            "answer": null,
            "status": "not_answered"
          }
        ],
        "summary": {
          "met": 3,
          "amber": 0,
          "not_met": 1,
          "nothing_due": 6,
          "complies": 0,
          "does_not_comply": 0,
          "not_answered": 36
        },
        "signOff": null,
        "versions": [],
        "changedSincePublished": false
      },
      "performance": {
        "key": "total",
        "volumes": {
          "received": 2,
          "complaints": 2,
          "serviceRequests": 0,
          "signposted": 0,
          "untriaged": 0,
          "accepted": 2,
          "refused": 0,
          "withdrawn": 0,
          "refusedByCatalogueEntry": []
        },
        "stage1": {
          "acknowledgement": {
            "due": 2,
            "met": {
              "count": 2,
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
            "due": 2,
            "withinCodeTimescale": {
              "count": 2,
              "percent": 100
            },
            "withinExtendedDate": {
              "count": 2,
              "percent": 100
            },
            "late": {
              "count": 0,
              "percent": 0
            },
            "pending": {
              "count": 0,
              "percent": 0
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
            "responded": 2,
            "upheld": 2,
            "notUpheld": 0,
            "detailed": {
              "upheld": 2,
              "partlyUpheld": 0,
              "notUpheld": 0
            },
            "workingDaysToRespond": {
              "average": 5.5,
              "p90": 5.9
            }
          }
        },
        "stage2": {
          "acknowledgement": {
            "due": 0,
            "met": {
              "count": 0,
              "percent": null
            },
            "late": {
              "count": 0,
              "percent": null
            },
            "pending": {
              "count": 0,
              "percent": null
            }
          },
          "response": {
            "due": 0,
            "withinCodeTimescale": {
              "count": 0,
              "percent": null
            },
            "withinExtendedDate": {
              "count": 0,
              "percent": null
            },
            "late": {
              "count": 0,
              "percent": null
            },
            "pending": {
              "count": 0,
              "percent": null
            },
            "extended": {
              "count": 0,
              "percent": null
            },
            "extendedWithinCap": {
              "count": 0,
              "percent": null
            },
            "extendedBeyondCap": {
              "count": 0,
              "percent": null
            },
            "paused": {
              "count": 0,
              "percent": null
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
        },
        "escalations": {
          "requested": 0,
          "rate": 0,
          "refused": 0,
          "finalAtStage1": 0
        },
        "ombudsman": {
          "referred": 0,
          "decided": 0,
          "decisions": {
            "upheldFault": 0,
            "noFault": 0,
            "notInvestigated": 0,
            "closedAfterInitialEnquiries": 0
          }
        },
        "remedies": {
          "offered": 0,
          "done": 0,
          "open": 0,
          "overdue": 0,
          "undeliverable": 0,
          "financialTotalPence": 0,
          "byType": []
        },
        "dataQuality": {
          "actionsKeyedLate": 0,
          "casesWithActionsKeyedLate": 0
        }
      },
      "byMonth": [
        {
          "key": "2025-04",
          "volumes": {
            "received": 0,
            "complaints": 0,
            "serviceRequests": 0,
            "signposted": 0,
            "untriaged": 0,
            "accepted": 0,
            "refused": 0,
            "withdrawn": 0,
            "refusedByCatalogueEntry": []
          },
          "stage1": {
            "acknowledgement": {
              "due": 0,
              "met": {
                "count": 0,
                "percent": null
              },
              "late": {
                "count": 0,
                "percent": null
              },
              "pending": {
                "count": 0,
                "percent": null
              }
            },
            "response": {
              "due": 0,
              "withinCodeTimescale": {
                "count": 0,
                "percent": null
              },
              "withinExtendedDate": {
                "count": 0,
                "percent": null
              },
              "late": {
                "count": 0,
                "percent": null
              },
              "pending": {
                "count": 0,
                "percent": null
              },
              "extended": {
                "count": 0,
                "percent": null
              },
              "extendedWithinCap": {
                "count": 0,
                "percent": null
              },
              "extendedBeyondCap": {
                "count": 0,
                "percent": null
              },
              "paused": {
                "count": 0,
                "percent": null
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
          },
          "stage2": {
            "acknowledgement": {
              "due": 0,
              "met": {
                "count": 0,
                "percent": null
              },
              "late": {
                "count": 0,
                "percent": null
              },
              "pending": {
                "count": 0,
                "percent": null
              }
            },
            "response": {
              "due": 0,
              "withinCodeTimescale": {
                "count": 0,
                "percent": null
              },
              "withinExtendedDate": {
                "count": 0,
                "percent": null
              },
              "late": {
                "count": 0,
                "percent": null
              },
              "pending": {
                "count": 0,
                "percent": null
              },
              "extended": {
                "count": 0,
                "percent": null
              },
              "extendedWithinCap": {
                "count": 0,
                "percent": null
              },
              "extendedBeyondCap": {
                "count": 0,
                "percent": null
              },
              "paused": {
                "count": 0,
                "percent": null
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
          },
          "escalations": {
            "requested": 0,
            "rate": null,
            "refused": 0,
            "finalAtStage1": 0
          },
          "ombudsman": {
            "referred": 0,
            "decided": 0,
            "decisions": {
              "upheldFault": 0,
              "noFault": 0,
              "notInvestigated": 0,
              "closedAfterInitialEnquiries": 0
            }
          },
          "remedies": {
            "offered": 0,
            "done": 0,
            "open": 0,
            "overdue": 0,
            "undeliverable": 0,
            "financialTotalPence": 0,
            "byType": []
          },
          "dataQuality": {
            "actionsKeyedLate": 0,
            "casesWithActionsKeyedLate": 0
          }
        },
        {
          "key": "2025-05",
          "volumes": {
            "received": 0,
            "complaints": 0,
            "serviceRequests": 0,
            "signposted": 0,
            "untriaged": 0,
            "accepted": 0,
            "refused": 0,
            "withdrawn": 0,
            "refusedByCatalogueEntry": []
          },
          "stage1": {
            "acknowledgement": {
              "due": 0,
              "met": {
                "count": 0,
                "percent": null
              },
              "late": {
                "count": 0,
                "percent": null
              },
              "pending": {
                "count": 0,
                "percent": null
              }
            },
            "response": {
              "due": 0,
              "withinCodeTimescale": {
                "count": 0,
                "percent": null
              },
              "withinExtendedDate": {
                "count": 0,
                "percent": null
              },
              "late": {
                "count": 0,
                "percent": null
              },
              "pending": {
                "count": 0,
                "percent": null
              },
              "extended": {
                "count": 0,
                "percent": null
              },
              "extendedWithinCap": {
                "count": 0,
                "percent": null
              },
              "extendedBeyondCap": {
                "count": 0,
                "percent": null
              },
              "paused": {
                "count": 0,
                "percent": null
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
          },
          "stage2": {
            "acknowledgement": {
              "due": 0,
              "met": {
                "count": 0,
                "percent": null
              },
              "late": {
                "count": 0,
                "percent": null
              },
              "pending": {
                "count": 0,
                "percent": null
              }
            },
            "response": {
              "due": 0,
              "withinCodeTimescale": {
                "count": 0,
                "percent": null
              },
              "withinExtendedDate": {
                "count": 0,
                "percent": null
              },
              "late": {
                "count": 0,
                "percent": null
              },
              "pending": {
                "count": 0,
                "percent": null
              },
              "extended": {
                "count": 0,
                "percent": null
              },
              "extendedWithinCap": {
                "count": 0,
                "percent": null
              },
              "extendedBeyondCap": {
                "count": 0,
                "percent": null
              },
              "paused": {
                "count": 0,
                "percent": null
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
          },
          "escalations": {
            "requested": 0,
            "rate": null,
            "refused": 0,
            "finalAtStage1": 0
          },
          "ombudsman": {
            "referred": 0,
            "decided": 0,
            "decisions": {
              "upheldFault": 0,
              "noFault": 0,
              "notInvestigated": 0,
              "closedAfterInitialEnquiries": 0
            }
          },
          "remedies": {
            "offered": 0,
            "done": 0,
            "open": 0,
            "overdue": 0,
            "undeliverable": 0,
            "financialTotalPence": 0,
            "byType": []
          },
          "dataQuality": {
            "actionsKeyedLate": 0,
            "casesWithActionsKeyedLate": 0
          }
        }
      ],
      "outcomesByServiceArea": [
        {
          "serviceArea": "waste",
          "stage1": {
            "responded": 2,
            "upheld": 2,
            "notUpheld": 0
          },
          "stage2": {
            "responded": 0,
            "upheld": 0,
            "notUpheld": 0
          }
        }
      ],
      "refusedComplaintTypes": [],
      "nonCompliance": {
        "lateAcknowledgements": {
          "stage1": 0,
          "stage2": 0
        },
        "lateResponses": {
          "stage1": 0,
          "stage2": 0
        },
        "extensionsBeyondCap": {
          "stage1": 0,
          "stage2": 0
        },
        "remediesOverdue": 0,
        "exceptionalCircumstances": []
      },
      "remedies": {
        "offered": 0,
        "done": 0,
        "open": 0,
        "overdue": 0,
        "undeliverable": 0,
        "financialTotalPence": 0,
        "byType": []
      },
      "openNow": {
        "open": 0,
        "stage1": 0,
        "stage2": 0,
        "overdue": 0,
        "dueWithin5WorkingDays": 0
      },
      "trends": {
        "population": null,
        "samePeriodLastYear": {
          "from": "2024-04-01",
          "to": "2025-03-31"
        },
        "figures": [
          {
            "key": "received",
            "label": "Contacts received",
            "kind": "count",
            "thisPeriod": 2,
            "samePeriodLastYear": 0,
            "change": 2,
            "per10000": null
          },
          {
            "key": "complaints",
            "label": "Complaints",
            "kind": "count",
            "thisPeriod": 2,
            "samePeriodLastYear": 0,
            "change": 2,
            "per10000": null
          }
        ]
      },
      "ombudsman": {
        "decided": 0,
        "decisions": {
          "upheldFault": 0,
          "noFault": 0,
          "notInvestigated": 0,
          "closedAfterInitialEnquiries": 0
        },
        "upheldRate": null,
        "councilUpheldRate": {
          "stage1": 100,
          "stage2": null
        },
        "recommendations": {
          "recommended": 0,
          "doneOnTime": 0,
          "doneLate": 0,
          "openOverdue": 0,
          "openNotYetDue": 0,
          "undeliverable": 0,
          "complianceRate": null
        }
      },
      "learning": {
        "figures": {
          "recorded": 2,
          "done": 1,
          "open": 1,
          "overdue": 1,
          "complaintsLinked": 2
        },
        "youSaidWeDid": [
          {
            "serviceArea": "waste",
            "complaints": 2,
            "what": "Crews photograph every missed bin",
            "owner": "Waste Services Manager",
            "dueOn": "2026-03-31",
            "doneOn": null
          },
          {
            "serviceArea": "waste",
            "complaints": 1,
            "what": "Round sheets now list every road",
            "owner": "Waste Services Manager",
            "dueOn": "2026-02-27",
            "doneOn": "2026-02-26"
          }
        ]
      },
      "serviceImprovements": null,
      "governanceResponse": null,
      "dataQuality": {
        "keyedLateAfterWorkingDays": 5,
        "received": 2,
        "casesWithActionsKeyedLate": 0,
        "percentOfReceived": 0,
        "actionsKeyedLate": 0
      }
    }
  ],
  "AnnualReportNarrative": [
    {
      "year": 2025,
      "serviceImprovements": "Crews now photograph missed bins.\n\nRepairs are booked at first contact.",
      "governanceResponse": "The committee noted the report <and> asked for quarterly updates.",
      "updatedBy": "alice",
      "updatedAt": "2026-12-01T20:14:22.559Z"
    }
  ],
  "AnnualReportNarrativeInput": [
    {
      "serviceImprovements": "Crews now photograph missed bins.\n\nRepairs are booked at first contact.",
      "governanceResponse": "The committee noted the report <and> asked for quarterly updates."
    }
  ],
  "CalendarDeadline": [
    {
      "due": "2025-12-30",
      "provisional": false,
      "basis": "5 working days after 2025-12-19 (england-and-wales bank holidays)"
    }
  ],
  "Case": [
    {
      "id": "08416614-fd1f-4ae5-8179-d4bc027d067f",
      "reference": "DEMO-2026-000001",
      "version": 1,
      "status": "received",
      "kind": null,
      "stage": 1,
      "channel": "email",
      "receivedAt": "2026-01-05T09:00:00.000Z",
      "receivedOn": "2026-01-05",
      "awareOn": "2025-12-15",
      "anonymous": false,
      "sensitive": false,
      "personalDataHidden": false,
      "person": {
        "name": "Sam Taylor",
        "email": "sam@example.org"
      },
      "representative": null,
      "summary": "Garden waste not collected for a month",
      "desiredOutcome": null,
      "adjustmentsReviewOn": null,
      "relatedIssues": [],
      "serviceAreas": [],
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
          "due": "2026-01-12",
          "basis": "5 working days after receipt on 2026-01-05",
          "provisional": false,
          "projected": false,
          "doneOn": null,
          "extendedByWorkingDays": 0,
          "beyondCode": false,
          "pausedWorkingDays": 0,
          "pausedSince": null,
          "state": "open"
        },
        {
          "kind": "stage1_response",
          "due": "2026-01-26",
          "basis": "10 working days after the acknowledgement due date 2026-01-12 (projected: not yet acknowledged)",
          "provisional": false,
          "projected": true,
          "doneOn": null,
          "extendedByWorkingDays": 0,
          "beyondCode": false,
          "pausedWorkingDays": 0,
          "pausedSince": null,
          "state": "open"
        }
      ],
      "nextDue": {
        "kind": "stage1_acknowledgement",
        "due": "2026-01-12"
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
        "limitDate": "2026-12-15"
      },
      "triage": null,
      "acceptance": null,
      "stage1": {
        "acknowledgedAt": null,
        "acknowledgedOn": null,
        "acknowledgedLate": null,
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
      "lastContactOn": "2026-01-05",
      "updateDue": false,
      "closedOn": null,
      "backdated": [],
      "linkedCaseId": null,
      "createdAt": "2026-01-05T09:00:00.000Z",
      "updatedAt": "2026-01-05T09:00:00.000Z"
    }
  ],
  "Caseload": [
    {
      "asAt": "2026-03-09",
      "dueSoonBy": "2026-03-16",
      "total": {
        "open": 3,
        "stage1": 3,
        "stage2": 0,
        "overdue": 0,
        "dueWithin5WorkingDays": 3,
        "correspondenceGaps": 0,
        "nextDueOn": "2026-03-16"
      },
      "unassigned": {
        "open": 1,
        "stage1": 1,
        "stage2": 0,
        "overdue": 0,
        "dueWithin5WorkingDays": 1,
        "correspondenceGaps": 0,
        "nextDueOn": "2026-03-16"
      },
      "holders": [
        {
          "subject": "handler-1",
          "displayName": "Sam Okafor",
          "active": true,
          "open": 2,
          "stage1": 2,
          "stage2": 0,
          "overdue": 0,
          "dueWithin5WorkingDays": 2,
          "correspondenceGaps": 0,
          "nextDueOn": "2026-03-16"
        }
      ]
    }
  ],
  "CaseQueuePage": [
    {
      "items": [
        {
          "id": "08416614-fd1f-4ae5-8179-d4bc027d067f",
          "reference": "DEMO-2026-000001",
          "version": 12,
          "status": "closed",
          "kind": "complaint",
          "stage": 2,
          "channel": "email",
          "receivedAt": "2026-01-05T09:00:00.000Z",
          "sensitive": false,
          "serviceAreas": [],
          "leadServiceArea": "waste",
          "handler": "bob",
          "stage2Handler": "carol",
          "nextDue": null,
          "overdue": false,
          "openRemedies": 0,
          "nextRemedyDueOn": null,
          "adjustmentsReviewDue": false,
          "updatedAt": "2026-03-02T09:00:00.000Z",
          "handlerName": "Staff bob",
          "stage2HandlerName": "Staff carol",
          "updateDue": false,
          "correspondenceGap": true
        }
      ],
      "nextCursor": null
    }
  ],
  "CaseTimeline": [
    {
      "items": [
        {
          "sequence": 1,
          "type": "case_received",
          "actor": "alice",
          "occurredAt": "2026-01-05T09:00:00.000Z",
          "recordedAt": "2026-01-05T09:00:00.000Z",
          "data": {
            "awareOn": "2025-12-15",
            "channel": "email",
            "policyId": "lgsco-2024",
            "anonymous": false,
            "sensitive": false,
            "receivedAt": "2026-01-05T09:00:00.000Z",
            "receivedOn": "2026-01-05",
            "twelveMonth": {
              "limitDate": "2026-12-15",
              "withinLimit": true
            },
            "policyVersion": "0"
          }
        },
        {
          "sequence": 2,
          "type": "triaged",
          "actor": "alice",
          "occurredAt": "2026-01-05T09:00:00.000Z",
          "recordedAt": "2026-01-05T09:00:00.000Z",
          "data": {
            "as": "complaint",
            "reason": null,
            "signpostedTo": null
          }
        }
      ]
    }
  ],
  "ClockPause": [
    {
      "reason": "Waiting for the person to send photos"
    }
  ],
  "Completion": [
    {
      "completedOn": "2026-01-20"
    }
  ],
  "Correction": [
    {
      "sequence": 3,
      "reason": "Acknowledgement keyed on the wrong case"
    }
  ],
  "CorrespondenceEntry": [
    {
      "id": "71f4ab83-9991-42a3-a7fd-10f9d5151332",
      "direction": "out",
      "channel": "letter",
      "occurredAt": "2026-01-05T09:30:00.000Z",
      "stage": 1,
      "party": "the person",
      "summary": "Acknowledgement letter, complaint accepted",
      "duties": [
        "stage1_acknowledgement"
      ],
      "ombudsmanDetailsGiven": false,
      "recordedBy": "alice",
      "recordedAt": "2026-01-05T10:00:00.000Z",
      "struckOut": false,
      "correction": null
    }
  ],
  "CorrespondenceInput": [
    {
      "direction": "out",
      "channel": "letter",
      "occurredAt": "2026-01-05T09:30:00Z",
      "party": "the person",
      "summary": "Acknowledgement letter, complaint accepted",
      "duties": [
        "stage1_acknowledgement"
      ]
    }
  ],
  "CorrespondenceLog": [
    {
      "items": [],
      "evidence": [
        {
          "duty": "stage1_acknowledgement",
          "stage": 1,
          "doneOn": "2026-01-05",
          "toldBy": null
        }
      ],
      "gaps": 1,
      "lastContactOn": "2026-01-05",
      "updateDue": false
    }
  ],
  "CouncilChange": [
    {
      "name": "Oxford City Council (shared services)"
    }
  ],
  "CouncilList": [
    {
      "items": [
        {
          "slug": "oxford",
          "name": "Oxford City Council",
          "referencePrefix": "OXF",
          "bankHolidayDivision": "england-and-wales",
          "suspended": false,
          "suspendedAt": null
        },
        {
          "slug": "wodc",
          "name": "West Oxfordshire District Council",
          "referencePrefix": "WOD",
          "bankHolidayDivision": "england-and-wales",
          "suspended": false,
          "suspendedAt": null
        }
      ]
    }
  ],
  "CouncilSettings": [
    {
      "slug": "wodc",
      "name": "West Oxfordshire District Council",
      "referencePrefix": "WOD",
      "bankHolidayDivision": "england-and-wales",
      "publicIntake": {
        "enabled": false,
        "allowedOrigins": []
      },
      "reporting": {
        "population": null,
        "timelinessTargetPercent": 100,
        "amberFromPercent": 90
      }
    }
  ],
  "CouncilSettingsChange": [
    {
      "publicIntake": {
        "enabled": true,
        "allowedOrigins": [
          "https://forms.example.gov.uk"
        ]
      }
    }
  ],
  "Downgrade": [
    {
      "personAgreed": true,
      "reason": "The person wants the missed collection put right, not a complaint investigated."
    }
  ],
  "EscalationDecision": [
    {
      "decision": "refuse",
      "exclusionCodes": [
        "personnel_matter"
      ],
      "explanation": "This is an employment grievance"
    }
  ],
  "EscalationRequest": [
    {
      "channel": "web_form"
    }
  ],
  "EventPage": [
    {
      "items": [],
      "nextCursor": null
    }
  ],
  "ExceptionalCircumstances": [
    {
      "id": "815eb05c-5a60-4244-9943-b84f727857a8",
      "startsOn": "2026-02-09",
      "endsOn": "2026-02-13",
      "affected": "Cyber incident: case system offline",
      "ombudsmanToldOn": "2026-02-10",
      "returnedToComplianceOn": "2026-02-16",
      "recordedBy": "alice",
      "createdAt": "2026-12-01T20:14:22.410Z"
    }
  ],
  "ExceptionalCircumstancesInput": [
    {
      "startsOn": "2026-02-09",
      "endsOn": "2026-02-13",
      "affected": "Cyber incident: case system offline",
      "ombudsmanToldOn": "2026-02-10",
      "returnedToComplianceOn": "2026-02-16"
    }
  ],
  "ExceptionalCircumstancesList": [
    {
      "items": [
        {
          "id": "1fa259c9-23e7-4829-b278-6bc85e06a75d",
          "startsOn": "2024-06-01",
          "endsOn": null,
          "affected": "Flood at the civic centre",
          "ombudsmanToldOn": null,
          "returnedToComplianceOn": null,
          "recordedBy": "alice",
          "createdAt": "2026-12-01T20:14:22.483Z"
        },
        {
          "id": "815eb05c-5a60-4244-9943-b84f727857a8",
          "startsOn": "2026-02-09",
          "endsOn": "2026-02-13",
          "affected": "Cyber incident: case system offline",
          "ombudsmanToldOn": "2026-02-10",
          "returnedToComplianceOn": "2026-02-16",
          "recordedBy": "alice",
          "createdAt": "2026-12-01T20:14:22.410Z"
        }
      ]
    }
  ],
  "ExclusionAdvice": [
    {
      "caseId": "2f9d0f64-5eae-4df5-8086-214238c83f0f",
      "reference": "DEMO-2025-000001",
      "policy": {
        "id": "west-oxfordshire-2025",
        "version": 1
      },
      "mayApply": [
        {
          "code": "over_time_limit",
          "label": "More than 12 months",
          "description": "More than 12 months since the person knew about the problem.",
          "signpostsTo": "Local Government and Social Care Ombudsman",
          "reasons": [
            "received on 2025-12-19, after the 12-month limit (2025-06-01) from awareness on 2024-06-01; the council may still accept it for good reason (Code 2.2)"
          ]
        }
      ],
      "twelveMonth": {
        "awareOn": "2024-06-01",
        "receivedOn": "2025-12-19",
        "timeLimitMonths": 12,
        "withinLimit": false,
        "limitDate": "2025-06-01"
      },
      "alreadyConsidered": {
        "considered": false,
        "cases": []
      }
    }
  ],
  "ExclusionCheck": [
    {}
  ],
  "ExtensionRequest": [
    {
      "workingDays": 5,
      "reason": "Waiting for the crew",
      "toldPersonOn": "2026-01-08",
      "ombudsmanDetailsGiven": true
    }
  ],
  "Health": [
    {
      "status": "ok"
    }
  ],
  "IdentityProvider": [
    {
      "id": "3f971c53-9546-49db-af94-b7f8c2ee8b1b",
      "issuer": "http://127.0.0.1:43643/realms/council",
      "jwksUrl": "http://127.0.0.1:43643/jwks",
      "audience": "complaints-api",
      "rolesClaim": "realm_access.roles",
      "councilClaim": null,
      "createdBy": "operator:ops",
      "createdAt": "2026-12-01T20:10:07.804Z"
    }
  ],
  "IdentityProviderList": [
    {
      "items": [
        {
          "id": "3f971c53-9546-49db-af94-b7f8c2ee8b1b",
          "issuer": "http://127.0.0.1:43643/realms/council",
          "jwksUrl": "http://127.0.0.1:43643/jwks",
          "audience": "complaints-api",
          "rolesClaim": "realm_access.roles",
          "councilClaim": null,
          "createdBy": "operator:ops",
          "createdAt": "2026-12-01T20:10:07.804Z"
        }
      ]
    }
  ],
  "Intake": [
    {
      "channel": "email",
      "person": {
        "name": "Sam Taylor",
        "email": "sam@example.org"
      },
      "summary": "Garden waste not collected for a month",
      "awareOn": "2025-12-15",
      "anonymous": false,
      "sensitive": false
    }
  ],
  "LearningAction": [
    {
      "id": "2f1ce1cb-1c6b-46e0-a034-3b53c9952427",
      "what": "Crews photograph every missed bin",
      "serviceArea": "waste",
      "owner": "Waste Services Manager",
      "dueOn": "2026-03-31",
      "doneOn": null,
      "recordedOn": "2026-02-20",
      "recordedBy": "alice",
      "caseIds": [
        "018d06c6-ce40-475f-9d3b-37943fc92a75",
        "8bc03edc-c791-464d-98c6-895ef12727cb"
      ]
    }
  ],
  "LearningActionChange": [
    {
      "doneOn": "2026-02-26"
    }
  ],
  "LearningActionInput": [
    {
      "what": "Crews photograph every missed bin",
      "serviceArea": "waste",
      "owner": "Waste Services Manager",
      "dueOn": "2026-03-31",
      "caseIds": [
        "8bc03edc-c791-464d-98c6-895ef12727cb",
        "018d06c6-ce40-475f-9d3b-37943fc92a75"
      ]
    }
  ],
  "LearningFromComplaintInput": [
    {
      "what": "Round sheets now list every road",
      "owner": "Waste Services Manager",
      "dueOn": "2026-02-27"
    }
  ],
  "LearningRegister": [
    {
      "items": [
        {
          "id": "2f1ce1cb-1c6b-46e0-a034-3b53c9952427",
          "what": "Crews photograph every missed bin",
          "serviceArea": "waste",
          "owner": "Waste Services Manager",
          "dueOn": "2026-03-31",
          "doneOn": null,
          "recordedOn": "2026-02-20",
          "recordedBy": "alice",
          "caseIds": [
            "018d06c6-ce40-475f-9d3b-37943fc92a75",
            "8bc03edc-c791-464d-98c6-895ef12727cb"
          ]
        },
        {
          "id": "e9d44bd6-ca36-4b97-94f1-89157cd2a112",
          "what": "Round sheets now list every road",
          "serviceArea": "waste",
          "owner": "Waste Services Manager",
          "dueOn": "2026-02-27",
          "doneOn": "2026-02-26",
          "recordedOn": "2026-02-20",
          "recordedBy": "bob",
          "caseIds": [
            "8bc03edc-c791-464d-98c6-895ef12727cb"
          ]
        }
      ]
    }
  ],
  "NewCouncil": [
    {
      "slug": "wodc",
      "name": "West Oxfordshire District Council",
      "referencePrefix": "WOD",
      "bankHolidayDivision": "england-and-wales",
      "preset": "west-oxfordshire-2025"
    }
  ],
  "NewIdentityProvider": [
    {
      "issuer": "http://127.0.0.1:43643/realms/council",
      "jwksUrl": "http://127.0.0.1:43643/jwks",
      "audience": "complaints-api",
      "rolesClaim": "realm_access.roles"
    }
  ],
  "NewWebhookSubscription": [
    {
      "url": "http://127.0.0.1:40793/hooks",
      "description": "Jadu CXM"
    }
  ],
  "OmbudsmanDecision": [
    {
      "decidedOn": "2026-03-02",
      "decision": "no_fault",
      "recommendedRemedies": []
    }
  ],
  "OmbudsmanReferral": [
    {
      "referredOn": "2026-02-11",
      "reference": "25 999 001"
    }
  ],
  "PerformanceReport": [
    {
      "from": "2026-03-01",
      "to": "2026-03-31",
      "groupBy": "category",
      "asAt": "2026-03-10",
      "total": {
        "key": "total",
        "volumes": {
          "received": 8,
          "complaints": 2,
          "serviceRequests": 0,
          "signposted": 0,
          "untriaged": 6,
          "accepted": 2,
          "refused": 0,
          "withdrawn": 0,
          "refusedByCatalogueEntry": []
        },
        "stage1": {
          "acknowledgement": {
            "due": 8,
            "met": {
              "count": 2,
              "percent": 25
            },
            "late": {
              "count": 0,
              "percent": 0
            },
            "pending": {
              "count": 6,
              "percent": 75
            }
          },
          "response": {
            "due": 8,
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
              "count": 8,
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
        },
        "stage2": {
          "acknowledgement": {
            "due": 0,
            "met": {
              "count": 0,
              "percent": null
            },
            "late": {
              "count": 0,
              "percent": null
            },
            "pending": {
              "count": 0,
              "percent": null
            }
          },
          "response": {
            "due": 0,
            "withinCodeTimescale": {
              "count": 0,
              "percent": null
            },
            "withinExtendedDate": {
              "count": 0,
              "percent": null
            },
            "late": {
              "count": 0,
              "percent": null
            },
            "pending": {
              "count": 0,
              "percent": null
            },
            "extended": {
              "count": 0,
              "percent": null
            },
            "extendedWithinCap": {
              "count": 0,
              "percent": null
            },
            "extendedBeyondCap": {
              "count": 0,
              "percent": null
            },
            "paused": {
              "count": 0,
              "percent": null
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
        },
        "escalations": {
          "requested": 0,
          "rate": null,
          "refused": 0,
          "finalAtStage1": 0
        },
        "ombudsman": {
          "referred": 0,
          "decided": 0,
          "decisions": {
            "upheldFault": 0,
            "noFault": 0,
            "notInvestigated": 0,
            "closedAfterInitialEnquiries": 0
          }
        },
        "remedies": {
          "offered": 0,
          "done": 0,
          "open": 0,
          "overdue": 0,
          "undeliverable": 0,
          "financialTotalPence": 0,
          "byType": []
        },
        "dataQuality": {
          "actionsKeyedLate": 0,
          "casesWithActionsKeyedLate": 0
        }
      },
      "groups": [
        {
          "key": "(none)",
          "volumes": {
            "received": 7,
            "complaints": 2,
            "serviceRequests": 0,
            "signposted": 0,
            "untriaged": 5,
            "accepted": 2,
            "refused": 0,
            "withdrawn": 0,
            "refusedByCatalogueEntry": []
          },
          "stage1": {
            "acknowledgement": {
              "due": 7,
              "met": {
                "count": 2,
                "percent": 28.6
              },
              "late": {
                "count": 0,
                "percent": 0
              },
              "pending": {
                "count": 5,
                "percent": 71.4
              }
            },
            "response": {
              "due": 7,
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
                "count": 7,
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
          },
          "stage2": {
            "acknowledgement": {
              "due": 0,
              "met": {
                "count": 0,
                "percent": null
              },
              "late": {
                "count": 0,
                "percent": null
              },
              "pending": {
                "count": 0,
                "percent": null
              }
            },
            "response": {
              "due": 0,
              "withinCodeTimescale": {
                "count": 0,
                "percent": null
              },
              "withinExtendedDate": {
                "count": 0,
                "percent": null
              },
              "late": {
                "count": 0,
                "percent": null
              },
              "pending": {
                "count": 0,
                "percent": null
              },
              "extended": {
                "count": 0,
                "percent": null
              },
              "extendedWithinCap": {
                "count": 0,
                "percent": null
              },
              "extendedBeyondCap": {
                "count": 0,
                "percent": null
              },
              "paused": {
                "count": 0,
                "percent": null
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
          },
          "escalations": {
            "requested": 0,
            "rate": null,
            "refused": 0,
            "finalAtStage1": 0
          },
          "ombudsman": {
            "referred": 0,
            "decided": 0,
            "decisions": {
              "upheldFault": 0,
              "noFault": 0,
              "notInvestigated": 0,
              "closedAfterInitialEnquiries": 0
            }
          },
          "remedies": {
            "offered": 0,
            "done": 0,
            "open": 0,
            "overdue": 0,
            "undeliverable": 0,
            "financialTotalPence": 0,
            "byType": []
          },
          "dataQuality": {
            "actionsKeyedLate": 0,
            "casesWithActionsKeyedLate": 0
          }
        },
        {
          "key": "delay",
          "volumes": {
            "received": 1,
            "complaints": 0,
            "serviceRequests": 0,
            "signposted": 0,
            "untriaged": 1,
            "accepted": 0,
            "refused": 0,
            "withdrawn": 0,
            "refusedByCatalogueEntry": []
          },
          "stage1": {
            "acknowledgement": {
              "due": 1,
              "met": {
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
          },
          "stage2": {
            "acknowledgement": {
              "due": 0,
              "met": {
                "count": 0,
                "percent": null
              },
              "late": {
                "count": 0,
                "percent": null
              },
              "pending": {
                "count": 0,
                "percent": null
              }
            },
            "response": {
              "due": 0,
              "withinCodeTimescale": {
                "count": 0,
                "percent": null
              },
              "withinExtendedDate": {
                "count": 0,
                "percent": null
              },
              "late": {
                "count": 0,
                "percent": null
              },
              "pending": {
                "count": 0,
                "percent": null
              },
              "extended": {
                "count": 0,
                "percent": null
              },
              "extendedWithinCap": {
                "count": 0,
                "percent": null
              },
              "extendedBeyondCap": {
                "count": 0,
                "percent": null
              },
              "paused": {
                "count": 0,
                "percent": null
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
          },
          "escalations": {
            "requested": 0,
            "rate": null,
            "refused": 0,
            "finalAtStage1": 0
          },
          "ombudsman": {
            "referred": 0,
            "decided": 0,
            "decisions": {
              "upheldFault": 0,
              "noFault": 0,
              "notInvestigated": 0,
              "closedAfterInitialEnquiries": 0
            }
          },
          "remedies": {
            "offered": 0,
            "done": 0,
            "open": 0,
            "overdue": 0,
            "undeliverable": 0,
            "financialTotalPence": 0,
            "byType": []
          },
          "dataQuality": {
            "actionsKeyedLate": 0,
            "casesWithActionsKeyedLate": 0
          }
        }
      ],
      "openNow": {
        "open": 8,
        "stage1": 8,
        "stage2": 0,
        "overdue": 0,
        "dueWithin5WorkingDays": 6
      },
      "learning": {
        "recorded": 0,
        "done": 0,
        "open": 0,
        "overdue": 0,
        "complaintsLinked": 0
      }
    }
  ],
  "PolicyChange": [
    {
      "preset": "lgsco-2024",
      "overrides": {
        "stage1": {
          "response": {
            "workingDays": 15
          }
        }
      }
    }
  ],
  "PolicyHistory": [
    {
      "items": [
        {
          "version": 0,
          "preset": "lgsco-2024",
          "overrides": {},
          "createdBy": null,
          "createdAt": null
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
          }
        ]
      },
      "createdBy": null,
      "createdAt": null
    }
  ],
  "Principal": [
    {
      "subject": "alice",
      "council": {
        "slug": "demo",
        "name": "Demo District Council"
      },
      "roles": [
        "complaints_team"
      ]
    }
  ],
  "ProvisionAnswerInput": [
    {
      "complies": true,
      "evidence": "The policy has two stages",
      "links": [
        "https://www.example.gov.uk/complaints-policy"
      ],
      "commentary": "Stage 0 removed in 2025",
      "action": null
    }
  ],
  "PublicComplaint": [
    {
      "person": {
        "name": "Pat Doe",
        "email": "pat@example.org"
      },
      "summary": "Bins missed three weeks running",
      "awareOn": "2025-12-01",
      "anonymous": false
    }
  ],
  "PublicComplaintReceipt": [
    {
      "reference": "WOD-2025-000001",
      "receivedAt": "2025-12-19T10:00:00.000Z",
      "acknowledgementDue": "2025-12-30"
    }
  ],
  "PublishedSelfAssessment": [
    {
      "version": 1,
      "publishedBy": "ada",
      "publishedAt": "2026-03-03T12:00:00.000Z",
      "content": {
        "year": 2025,
        "asAt": "2026-03-03",
        "rows": [
          {
            "ref": "1.2",
            "section": 1,
            "paragraph": "1.2",
            "title": "Service requests defined",
            "summary": "A service request is a request that the organisation provides or improves a service, fixes a problem or reconsiders a decision; it is not a complaint.",
            "evidence": null,
            "basis": "council",
            "data": null,
            "answer": {
              "ref": "1.2",
              "complies": true,
              "evidence": "Evidence for 1.2",
              "links": [],
              "commentary": "",
              "action": null,
              "answeredBy": "ada",
              "answeredAt": "2026-03-03T12:00:00.000Z"
            },
            "status": "complies"
          },
          {
            "ref": "1.4",
            "section": 1,
            "paragraph": "1.4",
            "title": "Complaints defined",
            "summary": "A complaint is an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the organisation, its staff or those acting on its behalf, affecting an individual or group.",
            "evidence": null,
            "basis": "council",
            "data": null,
            "answer": {
              "ref": "1.4",
              "complies": true,
              "evidence": "Evidence for 1.4",
              "links": [],
              "commentary": "",
              "action": null,
              "answeredBy": "ada",
              "answeredAt": "2026-03-03T12:00:00.000Z"
            },
            "status": "complies"
          }
        ],
        "summary": {
          "met": 2,
          "amber": 0,
          "not_met": 2,
          "nothing_due": 6,
          "complies": 35,
          "does_not_comply": 1,
          "not_answered": 0
        },
        "signOff": {
          "governingBody": "Audit and Governance Committee",
          "governingBodyResponse": "Noted; asked for quarterly updates",
          "respondedOn": "2026-03-02",
          "memberResponsible": "Chair of the Audit and Governance Committee",
          "memberSignedOffOn": "2026-03-03",
          "recordedBy": "ada",
          "recordedAt": "2026-03-03T12:00:00.000Z"
        }
      }
    }
  ],
  "Readiness": [
    {
      "status": "ready",
      "checks": {
        "database": "ok",
        "migrations": "current"
      },
      "warnings": []
    }
  ],
  "Reassignment": [
    {
      "reassigned": [
        {
          "caseId": "05260e83-2102-4648-a2b5-70c81b93444d",
          "stage": 1,
          "to": "successor"
        },
        {
          "caseId": "ec589432-9b5b-4a7f-bae5-faa6628dbbf6",
          "stage": 1,
          "to": "successor"
        }
      ],
      "skipped": []
    }
  ],
  "RelatedIssue": [
    {
      "summary": "The crew also damaged my bin"
    }
  ],
  "RemedyUndeliverable": [
    {
      "reason": "The record belongs to the DVLA",
      "alternative": "We wrote to the DVLA for the person"
    }
  ],
  "SecretRotation": [
    {
      "overlapHours": 24
    }
  ],
  "SelfAssessment": [
    {
      "year": 2025,
      "asAt": "2026-03-03",
      "rows": [
        {
          "ref": "1.2",
          "section": 1,
          "paragraph": "1.2",
          "title": "Service requests defined",
          "summary": "A service request is a request that the organisation provides or improves a service, fixes a problem or reconsiders a decision; it is not a complaint.",
          "evidence": null,
          "basis": "council",
          "data": null,
          "answer": null,
          "status": "not_answered"
        },
        {
          "ref": "1.4",
          "section": 1,
          "paragraph": "1.4",
          "title": "Complaints defined",
          "summary": "A complaint is an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the organisation, its staff or those acting on its behalf, affecting an individual or group.",
          "evidence": null,
          "basis": "council",
          "data": null,
          "answer": null,
          "status": "not_answered"
        }
      ],
      "summary": {
        "met": 2,
        "amber": 0,
        "not_met": 2,
        "nothing_due": 6,
        "complies": 0,
        "does_not_comply": 0,
        "not_answered": 36
      },
      "signOff": null,
      "versions": [],
      "changedSincePublished": false
    }
  ],
  "SelfAssessmentProvision": [
    {
      "ref": "5.2",
      "section": 5,
      "paragraph": "5.2",
      "title": "Two stages only",
      "summary": "There are exactly two internal stages: no \"stage 0\" or informal stage.",
      "evidence": null,
      "basis": "council",
      "data": null,
      "answer": {
        "ref": "5.2",
        "complies": true,
        "evidence": "The policy has two stages",
        "links": [
          "https://www.example.gov.uk/complaints-policy"
        ],
        "commentary": "Stage 0 removed in 2025",
        "action": null,
        "answeredBy": "ada",
        "answeredAt": "2026-03-03T12:00:00.000Z"
      },
      "status": "complies"
    }
  ],
  "SelfAssessmentSignOff": [
    {
      "governingBody": "Audit and Governance Committee",
      "governingBodyResponse": "Noted; asked for quarterly updates",
      "respondedOn": "2026-03-02",
      "memberResponsible": "Chair of the Audit and Governance Committee",
      "memberSignedOffOn": "2026-03-03",
      "recordedBy": "ada",
      "recordedAt": "2026-03-03T12:00:00.000Z"
    }
  ],
  "SelfAssessmentSignOffInput": [
    {
      "governingBody": "Audit and Governance Committee",
      "governingBodyResponse": "Noted; asked for quarterly updates",
      "respondedOn": "2026-03-02",
      "memberResponsible": "Chair of the Audit and Governance Committee",
      "memberSignedOffOn": "2026-03-03"
    }
  ],
  "SelfAssessmentVersion": [
    {
      "version": 1,
      "publishedBy": "ada",
      "publishedAt": "2026-03-03T12:00:00.000Z"
    }
  ],
  "ServedCouncil": [
    {
      "slug": "wodc",
      "name": "West Oxfordshire District Council",
      "referencePrefix": "WOD",
      "bankHolidayDivision": "england-and-wales",
      "suspended": false,
      "suspendedAt": null
    }
  ],
  "StaffList": [
    {
      "items": [
        {
          "subject": "bob@wodc.gov.uk",
          "registered": true,
          "displayName": "Bob Barker",
          "email": "bob@wodc.gov.uk",
          "serviceAreas": [
            "waste"
          ],
          "mayHandleStage1": true,
          "mayReviewStage2": false,
          "active": true,
          "firstSeenAt": null,
          "updatedBy": "ada",
          "updatedAt": "2026-12-01T19:57:55.616Z"
        }
      ]
    }
  ],
  "StaffMember": [
    {
      "subject": "bob@wodc.gov.uk",
      "registered": true,
      "displayName": "Bob Barker",
      "email": "bob@wodc.gov.uk",
      "serviceAreas": [
        "waste"
      ],
      "mayHandleStage1": true,
      "mayReviewStage2": false,
      "active": true,
      "firstSeenAt": null,
      "updatedBy": "ada",
      "updatedAt": "2026-12-01T19:57:55.616Z"
    }
  ],
  "StaffMemberRecord": [
    {
      "displayName": "Bob Barker",
      "email": "bob@wodc.gov.uk",
      "serviceAreas": [
        "waste",
        "waste"
      ],
      "mayHandleStage1": true,
      "mayReviewStage2": false,
      "active": true
    }
  ],
  "Stage1Assignment": [
    {
      "serviceArea": "waste",
      "handler": "bob"
    }
  ],
  "Stage1Response": [
    {
      "response": {
        "stage": 1,
        "complaintDefinition": "Garden waste was not collected for a month and calls were not returned",
        "findings": [
          {
            "aspect": "missed collections",
            "finding": "upheld"
          }
        ],
        "reasons": "The round was re-planned without the road on it",
        "remedies": [
          {
            "type": "apology",
            "description": "An apology",
            "dueDate": "2026-01-30"
          }
        ],
        "outstandingActions": [],
        "howToEscalate": "Ask the complaints team for a stage 2 review"
      }
    }
  ],
  "Stage2Assignment": [
    {
      "handler": "carol"
    }
  ],
  "Stage2Response": [
    {
      "agreesWithStage1": true,
      "response": {
        "stage": 2,
        "complaintDefinition": "Garden waste was not collected for a month and calls were not returned",
        "findings": [
          {
            "aspect": "missed collections",
            "finding": "not_upheld"
          }
        ],
        "reasons": "The round was re-planned without the road on it",
        "remedies": [],
        "noRemedyStatement": "The stage 1 remedy stands",
        "outstandingActions": [],
        "howToEscalate": "You may contact the Local Government and Social Care Ombudsman"
      }
    }
  ],
  "Successors": [
    {
      "handler": "successor"
    }
  ],
  "TriageDecision": [
    {
      "as": "complaint"
    }
  ],
  "WebhookDeliveryLog": [
    {
      "items": [
        {
          "id": "d363dfa7-db4b-413c-b258-1507a0e04d2d",
          "eventId": "evt_4",
          "eventType": "case.acknowledged",
          "caseId": "1bbfc0f9-51a4-47d9-8e03-8e59231c05b1",
          "replay": false,
          "status": "delivered",
          "attempts": 1,
          "nextAttemptAt": null,
          "lastError": null,
          "createdAt": "2026-12-01T20:23:27.422Z",
          "deliveredAt": "2026-01-05T10:00:00.000Z",
          "attemptLog": [
            {
              "attemptedAt": "2026-01-05T10:00:00.000Z",
              "durationMs": 101,
              "statusCode": 204,
              "error": null
            }
          ]
        },
        {
          "id": "2c75197f-f7a0-4562-b212-4d0128e7be73",
          "eventId": "evt_3",
          "eventType": "case.triaged",
          "caseId": "1bbfc0f9-51a4-47d9-8e03-8e59231c05b1",
          "replay": false,
          "status": "delivered",
          "attempts": 1,
          "nextAttemptAt": null,
          "lastError": null,
          "createdAt": "2026-12-01T20:23:27.422Z",
          "deliveredAt": "2026-01-05T10:00:00.000Z",
          "attemptLog": [
            {
              "attemptedAt": "2026-01-05T10:00:00.000Z",
              "durationMs": 27,
              "statusCode": 204,
              "error": null
            }
          ]
        }
      ]
    }
  ],
  "WebhookReplay": [
    {
      "queued": 1,
      "eventIds": [
        "evt_1"
      ]
    }
  ],
  "WebhookReplayInput": [
    {
      "fromEventId": "evt_1"
    }
  ],
  "WebhookSubscription": [
    {
      "id": "4ecfe8cb-0ae6-41d4-b70a-eed07a57f3da",
      "url": "http://127.0.0.1:40145/hooks",
      "eventTypes": null,
      "description": "",
      "enabled": false,
      "disabledReason": "The receiver answered 410 Gone: it no longer wants these events.",
      "previousSecretExpiresAt": null,
      "createdBy": "ada",
      "createdAt": "2026-12-01T20:24:08.914Z",
      "updatedAt": "2026-01-05T10:00:00.000Z"
    }
  ],
  "WebhookSubscriptionChange": [
    {
      "enabled": true
    }
  ],
  "WebhookSubscriptionList": [
    {
      "items": [
        {
          "id": "df25f947-e1ad-4a28-807e-f2d5641a3621",
          "url": "http://127.0.0.1:44009/hooks",
          "eventTypes": [
            "deadline.missed"
          ],
          "description": "",
          "enabled": true,
          "disabledReason": null,
          "previousSecretExpiresAt": null,
          "createdBy": "ada",
          "createdAt": "2026-12-01T20:25:12.337Z",
          "updatedAt": "2026-12-01T20:25:12.337Z"
        }
      ]
    }
  ],
  "WebhookSubscriptionWithSecret": [
    {
      "subscription": {
        "id": "ff66da9f-757a-4176-95de-95f6add0627f",
        "url": "http://127.0.0.1:40793/hooks",
        "eventTypes": null,
        "description": "Jadu CXM",
        "enabled": true,
        "disabledReason": null,
        "previousSecretExpiresAt": null,
        "createdBy": "ada",
        "createdAt": "2026-12-01T20:23:23.476Z",
        "updatedAt": "2026-12-01T20:23:23.476Z"
      },
      "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    }
  ],
  "Withdrawal": [
    {
      "withdrawnOn": "2026-01-29",
      "how": "by phone to customer services"
    }
  ],
  "WorkingDayCount": [
    {
      "from": "2025-12-19",
      "to": "2025-12-30",
      "workingDays": 5,
      "provisional": false
    }
  ]
}
