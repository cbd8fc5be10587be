using MesoRules.Core;

namespace MesoRules.Patients;

/// <summary>
/// What the rules know about one patient. Unknown facts stay unknown (<see cref="Answer.Unknown"/>,
/// a <see langword="null"/> age, an undisclosed allergy or medicine list) and are asked for, never assumed.
/// </summary>
/// <remarks>
/// Properties are settable so that JSON readers and model binders keep the defaults of members they do not
/// see; the engines only read a profile, once per call. <see cref="object.ToString"/> prints the type name only, never
/// the patient's data, so a profile can appear in logs.
/// </remarks>
public sealed class PatientProfile
{
    /// <summary>The largest age accepted, in whole years.</summary>
    internal const int MaxAgeYears = 130;

    /// <summary>The diagnosed cause of hair loss. <value>The default value is <see cref="HairLossCause.Undiagnosed"/>.</value></summary>
    public HairLossCause Cause { get; set; }

    /// <summary>The severity of hair loss. <value>The default value is <see cref="Severity.Unknown"/>: no course is planned until it is graded.</value></summary>
    public Severity Severity { get; set; }

    /// <summary>Age in whole years, 0 to 130, or <see langword="null"/> when unknown.</summary>
    public int? AgeYears { get; set; }

    /// <summary>
    /// Whether the patient can become pregnant. <see cref="Answer.No"/> (recorded by the clinic, for example after
    /// menopause or for a male patient) silences the pregnancy question and the pregnancy-avoidance advice of a mix; an
    /// answer of Yes to pregnancy then contradicts it, and the assessment asks. Breastfeeding is still asked: it can
    /// follow a birth after which pregnancy is no longer possible. <see cref="Answer.Unknown"/> and <see cref="Answer.Yes"/>
    /// ask and advise as usual.
    /// <value>The default value is <see cref="Answer.Unknown"/>.</value>
    /// </summary>
    public Answer PregnancyPossible { get; set; }

    /// <summary>The health answers. <value>The default value is <see cref="HealthHistory.AllUnknown"/>.</value></summary>
    public HealthHistory Health { get; set; } = new();

    /// <summary>
    /// Whether the patient has been asked about allergies and <see cref="Allergies"/> is the full answer
    /// (an empty list then means "none"). <value>The default value is <see langword="false"/>.</value>
    /// </summary>
    public bool AllergiesDisclosed { get; set; }

    /// <summary>Known allergies. <value>The default value is empty.</value></summary>
    public IReadOnlyList<KnownAllergy> Allergies { get; set; } = [];

    /// <summary>
    /// Whether the patient has been asked about medicines and <see cref="CurrentMedicines"/> is the full answer.
    /// <value>The default value is <see langword="false"/>.</value>
    /// </summary>
    public bool MedicinesDisclosed { get; set; }

    /// <summary>Current medicines, as free text. <value>The default value is empty.</value></summary>
    public IReadOnlyList<string> CurrentMedicines { get; set; } = [];

    /// <summary>Response to mesotherapy so far. <value>The default value is <see cref="TreatmentResponse.NotYetTreated"/>.</value></summary>
    public TreatmentResponse Response { get; set; }

    /// <summary>The formulation to be injected, or <see langword="null"/> when not chosen yet.</summary>
    public Formulation? Formulation { get; set; }

    /// <summary>
    /// Checks that the profile is well formed: defined enum values, an age in range, no
    /// <see langword="null"/> collections or elements. Messages name the member, never its value.
    /// </summary>
    /// <param name="patient">The profile to check.</param>
    /// <param name="paramName">The caller's parameter name, used as the prefix of member names.</param>
    /// <exception cref="ArgumentNullException">The profile, a collection or an element is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is undefined or the age is out of range.</exception>
    /// <exception cref="ArgumentException">An allergy substance, a medicine or a formulation component is blank (white space and invisible characters only) or holds no letter or digit.</exception>
    public static void ThrowIfInvalid(PatientProfile? patient, string paramName = "patient")
    {
        ArgumentNullException.ThrowIfNull(patient, paramName);
        if ((uint)patient.Cause > (uint)HairLossCause.Other)
        {
            throw OutOfRange(paramName, nameof(Cause), "a defined HairLossCause value");
        }

        if ((uint)patient.Severity > (uint)Severity.Severe)
        {
            throw OutOfRange(paramName, nameof(Severity), "a defined Severity value");
        }

        if ((uint)patient.Response > (uint)TreatmentResponse.None)
        {
            throw OutOfRange(paramName, nameof(Response), "a defined TreatmentResponse value");
        }

        if ((uint)patient.PregnancyPossible > (uint)Answer.Yes)
        {
            throw OutOfRange(paramName, nameof(PregnancyPossible), "a defined Answer value");
        }

        if (patient.AgeYears is int age && (uint)age > MaxAgeYears)
        {
            throw OutOfRange(paramName, nameof(AgeYears), $"0 to {MaxAgeYears} years, or null when unknown");
        }

        HealthHistory health = patient.Health ?? throw new ArgumentNullException($"{paramName}.{nameof(Health)}");
        if (health.HasUndefinedAnswer())
        {
            foreach (HealthFact fact in HealthFacts.All)
            {
                if ((uint)fact.Read(health) > (uint)Answer.Yes)
                {
                    throw OutOfRange(paramName, $"{nameof(Health)}.{fact.Name}", "a defined Answer value");
                }
            }
        }

        IReadOnlyList<KnownAllergy> allergies = patient.Allergies ?? throw new ArgumentNullException($"{paramName}.{nameof(Allergies)}");
        for (int i = 0; i < allergies.Count; i++)
        {
            KnownAllergy allergy = allergies[i] ?? throw new ArgumentNullException($"{paramName}.{nameof(Allergies)}[{i}]");
            ThrowIfNotASubstance(allergy.Substance, paramName, $".{nameof(Allergies)}[", i, $"].{nameof(KnownAllergy.Substance)}", "An allergy substance");
        }

        IReadOnlyList<string> medicines = patient.CurrentMedicines ?? throw new ArgumentNullException($"{paramName}.{nameof(CurrentMedicines)}");
        for (int i = 0; i < medicines.Count; i++)
        {
            if (medicines[i] is null)
            {
                throw new ArgumentNullException($"{paramName}.{nameof(CurrentMedicines)}[{i}]");
            }

            ThrowIfNotASubstance(medicines[i], paramName, $".{nameof(CurrentMedicines)}[", i, "]", "A medicine");
        }

        if (patient.Formulation is { } formulation)
        {
            if (formulation.Name is null)
            {
                throw new ArgumentNullException($"{paramName}.{nameof(Formulation)}.{nameof(Patients.Formulation.Name)}");
            }

            IReadOnlyList<string> components = formulation.Components ?? throw new ArgumentNullException($"{paramName}.{nameof(Formulation)}.{nameof(Patients.Formulation.Components)}");
            for (int i = 0; i < components.Count; i++)
            {
                ThrowIfNotASubstance(components[i], paramName, $".{nameof(Formulation)}.{nameof(Patients.Formulation.Components)}[", i, "]", "A formulation component");
            }
        }
    }

    /// <summary>A substance name (allergy, medicine, component) is neither blank nor free of letters and digits: such a name could never be matched.</summary>
    /// <remarks>The member path is built only when the value is refused, so a valid list costs no allocation.</remarks>
    private static void ThrowIfNotASubstance(string? value, string paramName, string listPrefix, int index, string suffix, string what)
    {
        // A letter or digit is what a valid name has, usually as its first character: one short scan on the valid path.
        if (value is null || !BlankText.HasLetterOrDigit(value))
        {
            throw new ArgumentException(
                BlankText.IsBlank(value)
                    ? $"{what} must not be null or blank (white space and invisible characters only)."
                    : $"{what} must name a substance: it holds no letter or digit.",
                Member(paramName, listPrefix, index, suffix));
        }
    }

    private static string Member(string paramName, string listPrefix, int index, string suffix) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{paramName}{listPrefix}{index}{suffix}");

    private static ArgumentOutOfRangeException OutOfRange(string paramName, string member, string allowed) =>
        new($"{paramName}.{member}", $"{member} must be {allowed}.");
}
