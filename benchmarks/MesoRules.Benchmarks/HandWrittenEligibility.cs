using System.Runtime.InteropServices;
using MesoRules.Benchmarks.Peers;
using MesoRules.Eligibility;
using MesoRules.Patients;
using static MesoRules.Eligibility.EligibilityRuleIds;

namespace MesoRules.Benchmarks;

/// <summary>
/// The default eligibility rules written by hand as straight if/else code over the same notes, the
/// baseline the rule engine is measured against. A test checks that it gives the engine's answer.
/// </summary>
public static class HandWrittenEligibility
{
    private static readonly (EligibilityNote? Fired, EligibilityNote? Missing) PatternN = N(PatternHairLoss), OtherN = N(OtherCause), UndiagnosedN = N(UndiagnosedCause),
        EvidenceN = N(LimitedEvidence), TemporaryN = N(TemporaryEffect), MaintenanceN = N(MaintenanceNeeded), ExpectN = N(ReasonableExpectations),
        DisclosureN = N(DisclosureRequired), MinorN = N(Minor), PregnancyN = N(Pregnancy), BreastN = N(Breastfeeding), ScalpN = N(ScalpInfection),
        AnaphylaxisN = N(AnaphylaxisToComponent), ComponentN = N(AllergyToComponent), OtherAllergyN = N(OtherAllergy), BleedingN = N(BleedingDisorder),
        AnticoagN = N(Anticoagulants), CancerN = N(CancerTreatment), SkinN = N(ActiveSkinDisease), ImmunoN = N(Immunosuppression),
        AutoimmuneN = N(AutoimmuneDisease), DiabetesN = N(Diabetes), InfectionN = N(InfectionPredisposition), KeloidN = N(KeloidTendency),
        PregnancyAvoidN = N(PregnancyAvoidanceComponent), NoResponseN = N(NoResponse);

    [ThreadStatic]
    private static EligibilityNote?[]? t_buffer;

    public static EligibilityAssessment Assess(PatientProfile p)
    {
        PatientProfile.ThrowIfInvalid(p, nameof(p));
        EligibilityNote?[] buffer = t_buffer ??= new EligibilityNote?[32];
        int n = 0;
        if (p.Cause == HairLossCause.AndrogeneticAlopecia) buffer[n++] = PatternN.Fired;
        else if (p.Cause == HairLossCause.Undiagnosed) { }
        else buffer[n++] = OtherN.Fired;
        if (p.Cause == HairLossCause.Undiagnosed) buffer[n++] = UndiagnosedN.Fired;
        buffer[n++] = EvidenceN.Fired;
        buffer[n++] = TemporaryN.Fired;
        buffer[n++] = MaintenanceN.Fired;
        buffer[n++] = ExpectN.Fired;
        if (!p.AllergiesDisclosed || !p.MedicinesDisclosed) buffer[n++] = DisclosureN.Missing;
        if (p.AgeYears is null) buffer[n++] = MinorN.Missing;
        else if (p.AgeYears < 18) buffer[n++] = MinorN.Fired;
        HealthHistory h = p.Health;
        Health(h.Pregnancy, PregnancyN, buffer, ref n);
        Health(h.Breastfeeding, BreastN, buffer, ref n);
        Health(h.ActiveScalpInfection, ScalpN, buffer, ref n);
        if (p.Allergies.Count > 0)
        {
            if (p.Formulation is not { Components.Count: > 0 })
            {
                buffer[n++] = AnaphylaxisN.Missing;
                buffer[n++] = ComponentN.Missing;
            }
            else
            {
                bool any = false, anaphylaxis = false;
                foreach (KnownAllergy a in p.Allergies)
                {
                    if (p.Formulation.Contains(a.Substance))
                    {
                        any = true;
                        anaphylaxis |= a.Anaphylaxis;
                    }
                }

                if (anaphylaxis) buffer[n++] = AnaphylaxisN.Fired;
                if (any) buffer[n++] = ComponentN.Fired;
                else buffer[n++] = OtherAllergyN.Fired;
            }
        }

        Health(h.BleedingDisorder, BleedingN, buffer, ref n);
        Health(h.Anticoagulants, AnticoagN, buffer, ref n);
        Health(h.CancerTreatment, CancerN, buffer, ref n);
        Health(h.ActiveSkinDisease, SkinN, buffer, ref n);
        Health(h.Immunosuppression, ImmunoN, buffer, ref n);
        Health(h.AutoimmuneDisease, AutoimmuneN, buffer, ref n);
        Health(h.Diabetes, DiabetesN, buffer, ref n);
        Health(h.InfectionPredisposition, InfectionN, buffer, ref n);
        Health(h.KeloidTendency, KeloidN, buffer, ref n);
        if (p.Formulation is not { Components.Count: > 0 }) buffer[n++] = PregnancyAvoidN.Missing;
        else if (p.Formulation.Contains("dutasteride") || p.Formulation.Contains("finasteride")) buffer[n++] = PregnancyAvoidN.Fired;
        if (p.Response == TreatmentResponse.None) buffer[n++] = NoResponseN.Fired;

        var notes = new EligibilityNote[n];
        EligibilityOutcome outcome = EligibilityOutcome.Eligible;
        for (int i = 0; i < n; i++)
        {
            notes[i] = buffer[i]!;
            if (notes[i].Outcome > outcome) outcome = notes[i].Outcome;
        }

        return new EligibilityAssessment(outcome, ImmutableCollectionsMarshal.AsImmutableArray(notes), DefaultRuleNotes.Policy.Version, MesoRules.Localization.PatientLanguage.English);
    }

    private static void Health(Answer answer, (EligibilityNote? Fired, EligibilityNote? Missing) notes, EligibilityNote?[] buffer, ref int n)
    {
        if (answer == Answer.Yes) buffer[n++] = notes.Fired;
        else if (answer == Answer.Unknown) buffer[n++] = notes.Missing;
    }

    // The same notes the engine returns, so both sides build identical results.
    private static (EligibilityNote? Fired, EligibilityNote? Missing) N(string ruleId) => DefaultRuleNotes.NotesOf(ruleId);
}
