using System.Security.Cryptography;
using System.Text;
using MesoRules.Patients;
using MesoRules.Rules;

namespace MesoRules.Disclosure;

/// <summary>
/// The fingerprint of the medical history a patient disclosed (documented on <see cref="RiskDisclosure.HistoryHash"/>):
/// SHA-256 over a canonical <c>key=value</c> text, so that a changed history asks for re-consent even when
/// the disclosure's wording does not change.
/// </summary>
internal static class HistoryFingerprint
{
    public const string Header = "mesorules-history/1";

    public static string Compute(PatientProfile patient)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(patient)), hash);
        return HexDigits.Lower(hash);
    }

    internal static string CanonicalText(PatientProfile patient)
    {
        var text = new StringBuilder(512).Append(Header).Append('\n');
        Line(text, "cause", Word(patient.Cause));
        HealthHistory health = patient.Health;
        foreach (HealthFactor factor in HealthHistory.Factors)
        {
            Line(text, Key(factor), Word(health.Get(factor)));
        }

        Line(text, "allergies-disclosed", patient.AllergiesDisclosed ? "true" : "false");
        foreach (string allergy in Sorted(patient.Allergies.Select(a => Normal(a.Substance) + (a.Anaphylaxis ? "|anaphylaxis" : string.Empty))))
        {
            Line(text, "allergy", allergy);
        }

        Line(text, "medicines-disclosed", patient.MedicinesDisclosed ? "true" : "false");
        foreach (string medicine in Sorted(patient.CurrentMedicines.Select(Normal)))
        {
            Line(text, "medicine", medicine);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string key, string value) => Rules.CanonicalText.Line(text, key, value);

    // Case, surrounding spaces and order do not change what was disclosed.
    private static string Normal(string value) => value.Trim().ToUpperInvariant();

    private static IEnumerable<string> Sorted(IEnumerable<string> values) => values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private static string Word(Answer answer) => answer switch
    {
        Answer.Yes => "yes",
        Answer.No => "no",
        _ => "unknown",
    };

    private static string Word(HairLossCause cause) => cause switch
    {
        HairLossCause.AndrogeneticAlopecia => "androgenetic-alopecia",
        HairLossCause.AlopeciaAreata => "alopecia-areata",
        HairLossCause.TelogenEffluvium => "telogen-effluvium",
        HairLossCause.Other => "other",
        _ => "undiagnosed",
    };

    private static string Key(HealthFactor factor) => factor switch
    {
        HealthFactor.Pregnancy => "pregnancy",
        HealthFactor.Breastfeeding => "breastfeeding",
        HealthFactor.ActiveScalpInfection => "active-scalp-infection",
        HealthFactor.ActiveSkinDisease => "active-skin-disease",
        HealthFactor.BleedingDisorder => "bleeding-disorder",
        HealthFactor.Anticoagulants => "anticoagulants",
        HealthFactor.Immunosuppression => "immunosuppression",
        HealthFactor.Diabetes => "diabetes",
        HealthFactor.AutoimmuneDisease => "autoimmune-disease",
        HealthFactor.CancerTreatment => "cancer-treatment",
        HealthFactor.KeloidTendency => "keloid-tendency",
        _ => "infection-predisposition",
    };
}
