namespace MesoRules.Disclosure;

/// <summary>
/// The ids of the items of a risk disclosure, in the order they are shown, and of the consent rule. An item's texts
/// are keyed <c>&lt;id&gt;.title</c>, <c>&lt;id&gt;.text</c> (and for a risk <c>.course</c>, <c>.mitigation</c>) in
/// <see cref="DisclosureOptions.Texts"/>; the consent rule is switched in <see cref="DisclosureOptions.Rules"/>.
/// </summary>
public static class DisclosureRuleIds
{
    /// <summary>The general statement: safe in trained hands, yet risks remain when the procedure is done well.</summary>
    public const string General = "disclosure.general";

    /// <summary>Pain, discomfort or bruising at the injection sites (common).</summary>
    public const string Pain = "disclosure.risk.pain";

    /// <summary>Infection at the injection sites (uncommon).</summary>
    public const string Infection = "disclosure.risk.infection";

    /// <summary>Allergic reaction to the injected substances, rarely anaphylaxis (uncommon).</summary>
    public const string AllergicReaction = "disclosure.risk.allergic-reaction";

    /// <summary>Skin irritation, redness or inflammation (common).</summary>
    public const string SkinIrritation = "disclosure.risk.skin-irritation";

    /// <summary>Uneven results, or no result: failing to reach the desired result, stated as a risk (common).</summary>
    public const string UnevenResults = "disclosure.risk.uneven-results";

    /// <summary>Scarring, indentation or other tissue damage (rare).</summary>
    public const string Scarring = "disclosure.risk.scarring";

    /// <summary>The alternatives: other therapies, a dermatologist's advice, or no treatment.</summary>
    public const string Alternatives = "disclosure.alternatives";

    /// <summary>Late sign to watch for: an infection appearing weeks after a session.</summary>
    public const string LateInfection = "disclosure.late-sign.infection";

    /// <summary>Late sign to watch for: scarring or scarring hair loss appearing months after a session.</summary>
    public const string LateScarring = "disclosure.late-sign.scarring";

    /// <summary>Sign to act on at once: a severe allergic reaction.</summary>
    public const string SevereAllergy = "disclosure.late-sign.severe-allergy";

    /// <summary>The consent gate: a valid acknowledgment of the current disclosure must precede the first session.</summary>
    public const string Consent = "disclosure.consent";

    /// <summary>The six risk ids, in the order they are shown.</summary>
    internal static IReadOnlyList<string> Risks { get; } = [Pain, Infection, AllergicReaction, SkinIrritation, UnevenResults, Scarring];

    /// <summary>The statement ids (general statement, alternatives, signs to watch for), in the order they are shown.</summary>
    internal static IReadOnlyList<string> Statements { get; } = [General, Alternatives, LateInfection, LateScarring, SevereAllergy];
}
