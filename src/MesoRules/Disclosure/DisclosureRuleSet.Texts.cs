using MesoRules.Core;

namespace MesoRules.Disclosure;

/// <summary>The disclosure's text catalog: the ids every shown text, label and consent sentence is worded and translated under.</summary>
internal sealed partial class DisclosureRuleSet
{
    /// <summary>
    /// Every disclosure text: each statement's <c>.title</c> and <c>.text</c>, each risk's <c>.title</c>, <c>.text</c>,
    /// <c>.course</c>, <c>.mitigation</c> and <c>.raised-by.&lt;reason&gt;</c>, the consent rule's <c>.summary</c> and the
    /// sentences of a consent check (<see cref="ConsentText"/>), and the labels <c>disclosure.label.&lt;name&gt;</c>.
    /// </summary>
    public static TextCatalog Catalog { get; } = new(
        "disclosure",
        [
            .. Statement(DefaultDisclosureContent.General),
            .. DefaultDisclosureContent.Risks.SelectMany(Risk),
            .. Statement(DefaultDisclosureContent.Alternatives),
            .. DefaultDisclosureContent.WarningSigns.SelectMany(Statement),
            new($"{DisclosureRuleIds.Consent}.summary", DisclosureRuleIds.Consent, DefaultDisclosureContent.Consent.Summary, DisclosureOptions.TextLength),
            .. ConsentText.Defaults,
            .. DisclosureLabels.Names.Select(n => new TextDefault(LabelId(n), "disclosure", DisclosureLabels.Default.Get(n), DisclosureOptions.TitleLength, oneLine: true)),
        ]);

    /// <summary>The text id of the reason a risk is raised: <c>&lt;risk id&gt;.raised-by.&lt;reason&gt;</c>.</summary>
    private static string ReasonId(string riskId, RiskTailoring tailoring) => $"{riskId}.raised-by.{tailoring.Key}";

    /// <summary>The text id of a label: <c>disclosure.label.when-to-contact-the-clinic</c> for <c>WhenToContactTheClinic</c>.</summary>
    private static string LabelId(string name) => $"disclosure.label.{TextIds.Kebab(name)}";

    private static TextDefault[] Risk(RiskDefinition r) =>
    [
        new($"{r.Id}.title", r.Id, r.Title, DisclosureOptions.TitleLength, oneLine: true),
        new($"{r.Id}.text", r.Id, r.Text, DisclosureOptions.TextLength),
        new($"{r.Id}.course", r.Id, r.Course, DisclosureOptions.TextLength),
        new($"{r.Id}.mitigation", r.Id, r.Mitigation, DisclosureOptions.TextLength),
        .. r.Tailorings.Select(t => new TextDefault(ReasonId(r.Id, t), r.Id, t.Explanation, DisclosureOptions.TextLength)),
    ];

    private static TextDefault[] Statement(DisclosureStatement s) =>
    [
        new($"{s.RuleId}.title", s.RuleId, s.Title, DisclosureOptions.TitleLength, oneLine: true),
        new($"{s.RuleId}.text", s.RuleId, s.Text, DisclosureOptions.TextLength),
    ];
}
