using System.Collections.Immutable;
using System.Text.Json.Serialization;
using MesoRules.Core;

namespace MesoRules.Patients;

/// <summary>
/// One ingredient under every name it goes by, as the policy in force matches it: an allergy that names any of
/// <see cref="Names"/> matches a component that names any of them, as strongly as an exact match.
/// </summary>
public sealed class IngredientGroup
{
    [JsonConstructor]
    internal IngredientGroup(string Id, ImmutableArray<string> Names, string? Rationale, Provenance Provenance, string? Citation)
    {
        this.Id = Id;
        this.Names = Names;
        this.Rationale = Rationale;
        this.Provenance = Provenance;
        this.Citation = Citation;
    }

    /// <summary>The group's id, for example <c>hyaluronic-acid</c>.</summary>
    public string Id { get; }

    /// <summary>The names, the shipped ones first, then the clinic's.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>Why these names are one ingredient (for a shipped group), or <see langword="null"/> for a group of the clinic's own.</summary>
    public string? Rationale { get; }

    /// <summary>Where the names come from: <see cref="Provenance.ClinicalLiterature"/> for the shipped table, <see cref="Provenance.Clinic"/> for a group the clinic added or extended.</summary>
    public Provenance Provenance { get; }

    /// <summary>The reference works the shipped names are taken from; <see langword="null"/> for a group of the clinic's own.</summary>
    public string? Citation { get; }
}
