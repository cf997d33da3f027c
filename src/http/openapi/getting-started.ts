/** The contract's description: what the product is, and the first hour of an integrator with it. */
export const GETTING_STARTED = `Intake, triage, acceptance, stage 1 and stage 2 responses, escalation, the Ombudsman, remedies and
reporting under the Local Government and Social Care Ombudsman's Complaint Handling Code, with every deadline computed
in working days (Europe/London, GOV.UK bank holidays) under each council's own policy. One deployment can serve
several councils; every record belongs to one.

Instants are ISO 8601 UTC; dates (\`2026-04-01\`) are the Code's dates in Europe/London. Every error is RFC 9457
\`application/problem+json\` with a stable \`code\` (see the \`Problem\` schema and each operation's table).

## Getting started

**1. A token.** Every call except the health checks and \`public\` intake needs \`Authorization: Bearer <JWT>\`. The
token names the council (claim \`council\`) and the roles (claim \`roles\`: \`intake\`, \`complaints_team\`, \`handler\`,
\`reporting\`, \`admin\`, \`integration\`); each operation says which it needs (\`x-roles\`). The deployment's operator uses a
token with the role \`operator\` and no council claim, for \`/v1/operator/...\` only. In development:
\`npm run token -- --council demo --role complaints_team --sub alice\` (\`--operator\` for an operator token).
\`GET /v1/me\` tells you what the API read from it.

**2. The first complaint.**

\`\`\`
curl -X POST /v1/complaints -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \\
  -H 'Idempotency-Key: crm-4711-1' \\
  -d '{"channel":"email","summary":"The bin was missed three weeks running.","person":{"name":"Ada Lovelace","email":"ada@example.org"}}'
\`\`\`

The answer (201, with \`Location\` and \`ETag\`) is the case: its \`reference\`, and in \`deadlines\` the stage 1
acknowledgement due in 5 working days, with the basis of the count in words.

**3. The life of a case.** Each step is one \`POST /v1/complaints/{id}/<action>\`; send the \`ETag\` you read as
\`If-Match\` so that two people cannot both change a case unseen (412 otherwise):
\`triage\` (complaint, service request or signposted) → \`acknowledgement\` (accept, or refuse under the council's
catalogue) → \`assignment\` → \`stage1-response\` (findings per aspect; upheld in totality) → \`escalation\` →
\`stage2-acknowledgement\` → \`stage2-assignment\` (never the stage 1 handler) → \`stage2-response\` →
\`ombudsman-referral\` / \`ombudsman-decision\`; remedies and outstanding actions are followed to completion, then
\`closure\`. \`GET /v1/complaints\` is the work queue; \`GET /v1/events\` (or a webhook) tells your CRM what changed.

**4. Reports.** \`/v1/reports\` gives the figures, the 6-monthly and annual reports and the self-assessment, without
personal data.`
