// A clinic system's first use of the packed MesoRules package: register, resolve, assess.
using MesoRules.Eligibility;
using MesoRules.Patients;
using Microsoft.Extensions.DependencyInjection;

using ServiceProvider services = new ServiceCollection()
    .AddMesoRules(options => options.Eligibility.MinimumAgeYears = 18)
    .BuildServiceProvider();

var engine = services.GetRequiredService<EligibilityEngine>();
EligibilityAssessment result = engine.Assess(new PatientProfile
{
    Cause = HairLossCause.AndrogeneticAlopecia,
    AgeYears = 40,
    Health = HealthHistory.AllNo,
    AllergiesDisclosed = true,
    MedicinesDisclosed = true,
    Formulation = new Formulation("vitamin mix", ["biotin"]),
});

Console.WriteLine($"{result.Outcome} under policy {result.PolicyVersion} with {result.Notes.Length} notes");
return result.Outcome == EligibilityOutcome.Eligible ? 0 : 1;
