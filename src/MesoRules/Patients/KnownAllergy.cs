using System.Text.Json.Serialization;
namespace MesoRules.Patients;

/// <summary>A substance the patient is known to be allergic to.</summary>
public sealed class KnownAllergy
{
    /// <summary>Creates a known allergy.</summary>
    /// <param name="Substance">The substance, as named in the formulation's components (matched case-insensitively, ignoring surrounding spaces).</param>
    /// <param name="Anaphylaxis">Whether the patient has had anaphylaxis to it.</param>
    [JsonConstructor]
    public KnownAllergy(string Substance, bool Anaphylaxis = false)
    {
        this.Substance = Substance;
        this.Anaphylaxis = Anaphylaxis;
    }

    /// <summary>The substance, as named in the formulation's components (matched case-insensitively, ignoring surrounding spaces).</summary>
    public string Substance { get; }

    /// <summary>Whether the patient has had anaphylaxis to it.</summary>
    public bool Anaphylaxis { get; }
}
