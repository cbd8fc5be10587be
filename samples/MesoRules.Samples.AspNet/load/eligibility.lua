-- wrk script: POST /eligibility with one patient profile.
--   wrk -t 2 -c 16 -d 20s --latency -s samples/MesoRules.Samples.AspNet/load/eligibility.lua http://127.0.0.1:5077/eligibility
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[
{
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
}
]]

function done(summary, latency, requests)
  io.write(string.format("non-2xx/3xx: %d\n", summary.errors.status))
end
