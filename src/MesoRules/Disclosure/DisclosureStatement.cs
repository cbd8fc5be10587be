using System.Text.Json.Serialization;
using MesoRules.Core;

namespace MesoRules.Disclosure;

/// <summary>A statement of a disclosure that is not itself a risk: the general statement, the alternatives, or a sign to watch for.</summary>
public sealed class DisclosureStatement
{
    [JsonConstructor]
    internal DisclosureStatement(string RuleId, DisclosureStatementKind Kind, string Title, string Text, string Rationale, Provenance Provenance, string? Citation)
    {
        this.RuleId = RuleId;
        this.Kind = Kind;
        this.Title = Title;
        this.Text = Text;
        this.Rationale = Rationale;
        this.Provenance = Provenance;
        this.Citation = Citation;
    }

    /// <summary>The statement's rule id (see <see cref="DisclosureRuleIds.Statements"/>).</summary>
    public string RuleId { get; }

    /// <summary>What kind of statement it is.</summary>
    public DisclosureStatementKind Kind { get; }

    /// <summary>The statement's title.</summary>
    public string Title { get; }

    /// <summary>Patient-facing text. For a warning sign: what to watch for, for how long, and when to contact the clinic.</summary>
    public string Text { get; }

    /// <summary>Why the statement is shown, for the practitioner (not shown to the patient, not hashed).</summary>
    public string Rationale { get; }

    /// <summary>The authority the statement rests on.</summary>
    public Provenance Provenance { get; }

    /// <summary>The sources cited.</summary>
    public string? Citation { get; }
}
