using System.Runtime.InteropServices;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;
using static MesoRules.Eligibility.EligibilityRuleIds;

namespace MesoRules.Benchmarks;

/// <summary>
/// The default eligibility rules written by hand as straight if/else code over the same notes, the
/// baseline the rule engine is measured against. A test checks that it gives the engine's answer.
/// </summary>
public static class HandWrittenEligibility
{
    private static readonly MesoRulesPolicy Policy = MesoRulesPolicy.Default;
    private static readonly Dictionary<string, (EligibilityNote Fired, EligibilityNote Missing)> Notes = BuildNotes();
    private static readonly (EligibilityNote Fired, EligibilityNote Missing) PatternN = Notes[PatternHairLoss], OtherN = Notes[OtherCause], UndiagnosedN = Notes[UndiagnosedCause],
        EvidenceN = Notes[LimitedEvidence], TemporaryN = Notes[TemporaryEffect], MaintenanceN = Notes[MaintenanceNeeded], ExpectN = Notes[ReasonableExpectations],
        DisclosureN = Notes[DisclosureRequired], MinorN = Notes[Minor], PregnancyN = Notes[Pregnancy], BreastN = Notes[Breastfeeding], ScalpN = Notes[ScalpInfection],
        AnaphylaxisN = Notes[AnaphylaxisToComponent], ComponentN = Notes[AllergyToComponent], OtherAllergyN = Notes[OtherAllergy], BleedingN = Notes[BleedingDisorder],
        AnticoagN = Notes[Anticoagulants], CancerN = Notes[CancerTreatment], SkinN = Notes[ActiveSkinDisease], ImmunoN = Notes[Immunosuppression],
        AutoimmuneN = Notes[AutoimmuneDisease], DiabetesN = Notes[Diabetes], InfectionN = Notes[InfectionPredisposition], KeloidN = Notes[KeloidTendency],
        PregnancyAvoidN = Notes[PregnancyAvoidanceComponent], NoResponseN = Notes[NoResponse];

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
            if (p.Formulation is null)
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
        if (p.Formulation is null) buffer[n++] = PregnancyAvoidN.Missing;
        else if (p.Formulation.Contains("dutasteride") || p.Formulation.Contains("finasteride")) buffer[n++] = PregnancyAvoidN.Fired;
        if (p.Response == TreatmentResponse.None) buffer[n++] = NoResponseN.Fired;

        var notes = new EligibilityNote[n];
        EligibilityOutcome outcome = EligibilityOutcome.Eligible;
        for (int i = 0; i < n; i++)
        {
            notes[i] = buffer[i]!;
            if (notes[i].Outcome > outcome) outcome = notes[i].Outcome;
        }

        return new EligibilityAssessment(outcome, ImmutableCollectionsMarshal.AsImmutableArray(notes), Policy.Version);
    }

    private static void Health(Answer answer, (EligibilityNote Fired, EligibilityNote Missing) notes, EligibilityNote?[] buffer, ref int n)
    {
        if (answer == Answer.Yes) buffer[n++] = notes.Fired;
        else if (answer == Answer.Unknown) buffer[n++] = notes.Missing;
    }

    private static Dictionary<string, (EligibilityNote, EligibilityNote)> BuildNotes()
    {
        // Take the notes from the engine itself, so both sides return identical objects.
        var engine = new EligibilityEngine(Policy);
        var result = new Dictionary<string, (EligibilityNote, EligibilityNote)>(StringComparer.Ordinal);
        var fired = new Dictionary<string, EligibilityNote>(StringComparer.Ordinal);
        var missing = new Dictionary<string, EligibilityNote>(StringComparer.Ordinal);
        foreach (PatientProfile probe in Probes())
        {
            foreach (EligibilityNote note in engine.Assess(probe).Notes)
            {
                (note.Reason == NoteReason.Fired ? fired : missing).TryAdd(note.RuleId, note);
            }
        }

        foreach (string id in Policy.Rules.Select(r => r.Id))
        {
            result[id] = (fired.GetValueOrDefault(id)!, missing.GetValueOrDefault(id)!);
        }

        return result;
    }

    private static IEnumerable<PatientProfile> Probes()
    {
        HealthHistory yes = HealthHistory.AllUnknown;
        foreach (HealthFactor f in HealthHistory.Factors)
        {
            yes = yes.With(f, Answer.Yes);
        }

        var mix = new Formulation("m", ["dutasteride", "biotin"]);
        yield return new PatientProfile();
        yield return new PatientProfile { Cause = HairLossCause.AndrogeneticAlopecia, AgeYears = 10, Health = yes, Response = TreatmentResponse.None, Allergies = [new KnownAllergy("biotin", true)], Formulation = mix };
        yield return new PatientProfile { Cause = HairLossCause.Other, Allergies = [new KnownAllergy("latex")], Formulation = mix };
        yield return new PatientProfile { Allergies = [new KnownAllergy("latex")] };
    }
}
