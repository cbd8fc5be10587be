-- wrk script: POST /assessments with one full plan request (an eligible adult, moderate hair loss).
-- Run from the repository root against a Release build listening on 127.0.0.1:5077:
--   wrk -t 2 -c 16 -d 20s --latency -s samples/MesoRules.Samples.AspNet/load/assessments.lua http://127.0.0.1:5077/assessments
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[
{
  "patient": {
    "cause": "AndrogeneticAlopecia",
    "severity": "Moderate",
    "ageYears": 34,
    "health": {
      "pregnancy": "No", "breastfeeding": "No", "activeScalpInfection": "No", "activeSkinDisease": "No",
      "bleedingDisorder": "No", "anticoagulants": "No", "immunosuppression": "No", "diabetes": "No",
      "autoimmuneDisease": "No", "cancerTreatment": "No", "keloidTendency": "Yes", "infectionPredisposition": "No"
    },
    "allergiesDisclosed": true,
    "allergies": [{ "substance": "penicillin" }],
    "medicinesDisclosed": true,
    "currentMedicines": ["minoxidil 5% topical"],
    "response": "NotYetTreated",
    "formulation": { "name": "Hair vitamin complex", "components": ["biotin", "hyaluronic acid", "zinc", "d-panthenol"] }
  },
  "courseStart": "2026-06-01",
  "timeZone": "Europe/London",
  "patientActivities": [{ "kind": "Sun", "from": "2026-06-11", "to": "2026-06-18", "label": "beach holiday" }]
}
]]

-- Print the count of non-2xx/3xx answers, so a run that only measured errors is visible.
function done(summary, latency, requests)
  io.write(string.format("non-2xx/3xx: %d\n", summary.errors.status))
end
