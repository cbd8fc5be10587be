using MesoRules.Core;

namespace MesoRules.Disclosure;

/// <summary>
/// The fixed words a rendered disclosure puts around the clinic's texts: headings, field labels, the
/// likelihood and level words, and the words of the acknowledgment block that ends the HTML document. A clinic that translates its risk texts translates these too, through
/// <see cref="DisclosureOptions.Texts"/> (keyed <c>disclosure.label.&lt;name&gt;</c>, for example
/// <c>disclosure.label.when-to-contact-the-clinic</c>); every change changes the policy version and so the content hash
/// of every disclosure.
/// </summary>
internal sealed record DisclosureLabels
{
    /// <summary>The English labels the library ships.</summary>
    public static DisclosureLabels Default { get; } = new();

    /// <summary>The document title. <value>The default value is <c>Risks of hair mesotherapy</c>.</value></summary>
    public string Title { get; init; } = "Risks of hair mesotherapy";

    /// <summary>Before the format version. <value>The default value is <c>Disclosure format</c>.</value></summary>
    public string DisclosureFormat { get; init; } = "Disclosure format";

    /// <summary>Before the policy version. <value>The default value is <c>policy</c>.</value></summary>
    public string Policy { get; init; } = "policy";

    /// <summary>Before the content hash. <value>The default value is <c>Content hash</c>.</value></summary>
    public string ContentHash { get; init; } = "Content hash";

    /// <summary>Before the creation instant. <value>The default value is <c>Prepared</c>.</value></summary>
    public string Prepared { get; init; } = "Prepared";

    /// <summary>After the creation instant. <value>The default value is <c>(not part of the content hash)</c>.</value></summary>
    public string NotHashed { get; init; } = "(not part of the content hash)";

    /// <summary>The heading of the risks (Markdown). <value>The default value is <c>Risks</c>.</value></summary>
    public string Risks { get; init; } = "Risks";

    /// <summary>Before a risk's number (plain text: "Risk 1 of 6"). <value>The default value is <c>Risk</c>.</value></summary>
    public string Risk { get; init; } = "Risk";

    /// <summary>Between a risk's number and the count (plain text). <value>The default value is <c>of</c>.</value></summary>
    public string Of { get; init; } = "of";

    /// <summary>Before the likelihood word. <value>The default value is <c>Likelihood</c>.</value></summary>
    public string Likelihood { get; init; } = "Likelihood";

    /// <summary>The likelihood word for <see cref="RiskLikelihood.Common"/>. <value>The default value is <c>common</c>.</value></summary>
    public string Common { get; init; } = "common";

    /// <summary>The likelihood word for <see cref="RiskLikelihood.Uncommon"/>. <value>The default value is <c>uncommon</c>.</value></summary>
    public string Uncommon { get; init; } = "uncommon";

    /// <summary>The likelihood word for <see cref="RiskLikelihood.Rare"/>. <value>The default value is <c>rare</c>.</value></summary>
    public string Rare { get; init; } = "rare";

    /// <summary>Before the level of a raised risk. <value>The default value is <c>For you</c>.</value></summary>
    public string ForYou { get; init; } = "For you";

    /// <summary>The level word for <see cref="RiskLevel.Raised"/>. <value>The default value is <c>raised</c>.</value></summary>
    public string Raised { get; init; } = "raised";

    /// <summary>The level word for <see cref="RiskLevel.HighlyRaised"/>. <value>The default value is <c>clearly raised</c>.</value></summary>
    public string ClearlyRaised { get; init; } = "clearly raised";

    /// <summary>Before each reason a risk is raised (plain text). <value>The default value is <c>Why</c>.</value></summary>
    public string Why { get; init; } = "Why";

    /// <summary>Before the typical course. <value>The default value is <c>Typical course</c>.</value></summary>
    public string TypicalCourse { get; init; } = "Typical course";

    /// <summary>Before the mitigation. <value>The default value is <c>What reduces it</c>.</value></summary>
    public string WhatReducesIt { get; init; } = "What reduces it";

    /// <summary>Before a citation. <value>The default value is <c>Source</c>.</value></summary>
    public string Source { get; init; } = "Source";

    /// <summary>Before a rule id (Markdown). <value>The default value is <c>Rule</c>.</value></summary>
    public string Rule { get; init; } = "Rule";

    /// <summary>Before the list of rule ids. <value>The default value is <c>Rules</c>.</value></summary>
    public string Rules { get; init; } = "Rules";

    /// <summary>The heading of the warning signs. <value>The default value is <c>When to contact the clinic</c>.</value></summary>
    public string WhenToContactTheClinic { get; init; } = "When to contact the clinic";

    /// <summary>The heading of the acknowledgment block the HTML document ends with. <value>The default value is <c>Acknowledgment</c>.</value></summary>
    public string Acknowledgment { get; init; } = "Acknowledgment";

    /// <summary>What the patient confirms by signing. <value>The default value is <c>I have read this information about the risks and have had the chance to ask questions.</c></value></summary>
    public string AcknowledgmentStatement { get; init; } = "I have read this information about the risks and have had the chance to ask questions.";

    /// <summary>Before the line for the signer's name. <value>The default value is <c>Name of the patient (or parent or legal guardian)</c>.</value></summary>
    public string PatientName { get; init; } = "Name of the patient (or parent or legal guardian)";

    /// <summary>Before the line for the date of signing. <value>The default value is <c>Date</c>.</value></summary>
    public string Date { get; init; } = "Date";

    /// <summary>Before the line for the signature. <value>The default value is <c>Signature</c>.</value></summary>
    public string Signature { get; init; } = "Signature";

    /// <summary>The names of every label: <c>disclosure.label.&lt;name&gt;</c>, the name in lower case with hyphens between words, is its id in <see cref="DisclosureOptions.Texts"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        nameof(Title), nameof(DisclosureFormat), nameof(Policy), nameof(ContentHash), nameof(Prepared), nameof(NotHashed),
        nameof(Risks), nameof(Risk), nameof(Of), nameof(Likelihood), nameof(Common), nameof(Uncommon), nameof(Rare),
        nameof(ForYou), nameof(Raised), nameof(ClearlyRaised), nameof(Why), nameof(TypicalCourse), nameof(WhatReducesIt),
        nameof(Source), nameof(Rule), nameof(Rules), nameof(WhenToContactTheClinic),
        nameof(Acknowledgment), nameof(AcknowledgmentStatement), nameof(PatientName), nameof(Date), nameof(Signature),
    ];

    /// <summary>Returns a copy with one label replaced.</summary>
    /// <param name="name">A name from <see cref="Names"/>.</param>
    /// <param name="text">The label.</param>
    /// <returns>The new labels; this instance is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a label name, or <paramref name="text"/> is blank (white space and invisible characters only).</exception>
    public DisclosureLabels With(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        if (global::MesoRules.Core.BlankText.IsBlank(text))
        {
            throw new ArgumentException("A disclosure label must not be blank (white space and invisible characters only).", nameof(text));
        }

        return name switch
        {
            nameof(Title) => this with { Title = text },
            nameof(DisclosureFormat) => this with { DisclosureFormat = text },
            nameof(Policy) => this with { Policy = text },
            nameof(ContentHash) => this with { ContentHash = text },
            nameof(Prepared) => this with { Prepared = text },
            nameof(NotHashed) => this with { NotHashed = text },
            nameof(Risks) => this with { Risks = text },
            nameof(Risk) => this with { Risk = text },
            nameof(Of) => this with { Of = text },
            nameof(Likelihood) => this with { Likelihood = text },
            nameof(Common) => this with { Common = text },
            nameof(Uncommon) => this with { Uncommon = text },
            nameof(Rare) => this with { Rare = text },
            nameof(ForYou) => this with { ForYou = text },
            nameof(Raised) => this with { Raised = text },
            nameof(ClearlyRaised) => this with { ClearlyRaised = text },
            nameof(Why) => this with { Why = text },
            nameof(TypicalCourse) => this with { TypicalCourse = text },
            nameof(WhatReducesIt) => this with { WhatReducesIt = text },
            nameof(Source) => this with { Source = text },
            nameof(Rule) => this with { Rule = text },
            nameof(Rules) => this with { Rules = text },
            nameof(WhenToContactTheClinic) => this with { WhenToContactTheClinic = text },
            nameof(Acknowledgment) => this with { Acknowledgment = text },
            nameof(AcknowledgmentStatement) => this with { AcknowledgmentStatement = text },
            nameof(PatientName) => this with { PatientName = text },
            nameof(Date) => this with { Date = text },
            nameof(Signature) => this with { Signature = text },
            _ => throw new ArgumentException($"'{name}' is not a disclosure label; allowed: {string.Join(", ", Names)}.", nameof(name)),
        };
    }

    /// <summary>The label named <paramref name="name"/> (one of <see cref="Names"/>).</summary>
    internal string Get(string name) => name switch
    {
        nameof(Title) => Title,
        nameof(DisclosureFormat) => DisclosureFormat,
        nameof(Policy) => Policy,
        nameof(ContentHash) => ContentHash,
        nameof(Prepared) => Prepared,
        nameof(NotHashed) => NotHashed,
        nameof(Risks) => Risks,
        nameof(Risk) => Risk,
        nameof(Of) => Of,
        nameof(Likelihood) => Likelihood,
        nameof(Common) => Common,
        nameof(Uncommon) => Uncommon,
        nameof(Rare) => Rare,
        nameof(ForYou) => ForYou,
        nameof(Raised) => Raised,
        nameof(ClearlyRaised) => ClearlyRaised,
        nameof(Why) => Why,
        nameof(TypicalCourse) => TypicalCourse,
        nameof(WhatReducesIt) => WhatReducesIt,
        nameof(Source) => Source,
        nameof(Rule) => Rule,
        nameof(Rules) => Rules,
        nameof(WhenToContactTheClinic) => WhenToContactTheClinic,
        nameof(Acknowledgment) => Acknowledgment,
        nameof(AcknowledgmentStatement) => AcknowledgmentStatement,
        nameof(PatientName) => PatientName,
        nameof(Date) => Date,
        nameof(Signature) => Signature,
        _ => throw new ArgumentException($"'{name}' is not a disclosure label; allowed: {string.Join(", ", Names)}.", nameof(name)),
    };

    /// <summary>The likelihood word for <paramref name="likelihood"/>.</summary>
    /// <param name="likelihood">The likelihood.</param>
    /// <returns>The word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="likelihood"/> is not a defined <see cref="RiskLikelihood"/> value.</exception>
    public string Word(RiskLikelihood likelihood) => likelihood switch
    {
        RiskLikelihood.Common => Common,
        RiskLikelihood.Uncommon => Uncommon,
        RiskLikelihood.Rare => Rare,
        _ => throw new ArgumentOutOfRangeException(nameof(likelihood), "likelihood is not a defined RiskLikelihood value; allowed: Common, Uncommon, Rare."),
    };

    /// <summary>The level word for <paramref name="level"/>; empty for <see cref="RiskLevel.Baseline"/>, which is not shown.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined <see cref="RiskLevel"/> value.</exception>
    public string Word(RiskLevel level) => level switch
    {
        RiskLevel.Baseline => string.Empty,
        RiskLevel.Raised => Raised,
        RiskLevel.HighlyRaised => ClearlyRaised,
        _ => throw new ArgumentOutOfRangeException(nameof(level), "level is not a defined RiskLevel value; allowed: Baseline, Raised, HighlyRaised."),
    };
}
