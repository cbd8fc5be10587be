using MesoRules.Core;
using MesoRules.Patients;
using static MesoRules.Disclosure.DisclosureRuleIds;

namespace MesoRules.Disclosure;

/// <summary>
/// One way a patient fact raises a risk: a pure condition over the profile, the level it sets and the explanation
/// shown. <paramref name="Key"/> names the reason in the id of its text, <c>&lt;risk id&gt;.raised-by.&lt;key&gt;</c> (<see cref="DisclosureOptions.Texts"/>).
/// </summary>
internal sealed record RiskTailoring(string Key, string Fact, RiskLevel Level, string Explanation, Func<PatientProfile, TailoringContext, bool> Applies);

/// <summary>What a policy reads in a patient's lists for the tailoring: the ingredient names allergies match under, and the medicine catalogue.</summary>
/// <param name="Ingredients">The ingredient names.</param>
/// <param name="Medicines">The medicine catalogue.</param>
internal sealed record TailoringContext(IngredientNames Ingredients, IMedicineScreen Medicines);

/// <summary>A risk as the library defines it, before the clinic's wording and the patient's tailoring.</summary>
internal sealed record RiskDefinition(
    string Id,
    string Title,
    RiskLikelihood Likelihood,
    string Text,
    string Course,
    string Mitigation,
    string Rationale,
    Provenance Provenance,
    string Citation,
    string[] RaisingFacts,
    RiskTailoring[] Tailorings);

/// <summary>
/// The library's default disclosure content: the general statement, the six risks of the source FAQ
/// ("Can mesotherapy go wrong?"), the alternatives and the signs to watch for. The patient-facing text is the
/// library's own wording; the source and the literature are cited, never quoted.
/// </summary>
internal static class DefaultDisclosureContent
{
    private const string FaqRisks = "Source FAQ: 'Can mesotherapy go wrong?'";
    private const string PainLiterature = "Clinical literature: pain reported by about 45% of patients after scalp mesotherapy";
    private const string MycobacteriaLiterature = "Clinical literature: non-tuberculous mycobacterial infections after mesotherapy injections, appearing 1 to 12 weeks after injection";
    private const string ScarringLiterature = "Clinical literature: scarring hair loss at injection sites reported up to a year after scalp mesotherapy";

    /// <summary>The facts named when a patient's allergies raise the allergic-reaction risk.</summary>
    internal const string AllergiesFact = "patient.allergies";

    /// <summary>The fact named when the cause of hair loss raises the uneven-results risk.</summary>
    internal const string CauseFact = "patient.cause";

    internal const string ComponentsFact = "formulation.components";

    /// <summary>The fact named when a medicine on the list raises a risk.</summary>
    internal const string MedicinesFact = "patient.currentMedicines";

    public static DisclosureStatement General { get; } = new(
        DisclosureRuleIds.General,
        DisclosureStatementKind.General,
        "About these risks",
        "Mesotherapy given by a trained practitioner is generally considered safe. Even so, the effects described below can happen when everything is done correctly. Please read them, ask about anything that is unclear, and tell the clinic about your medical conditions, allergies and medicines before you agree to treatment.",
        "The source calls the procedure usually safe in trained hands while stating that risks remain when it is done properly, and asks for disclosure of conditions, allergies and medicines.",
        Provenance.SourceFaq,
        FaqRisks);

    public static IReadOnlyList<RiskDefinition> Risks { get; } =
    [
        new(
            Pain,
            "Pain, discomfort or bruising at the injection sites",
            RiskLikelihood.Common,
            "The injections can sting or ache, and small bruises may appear where the needle went in.",
            "Felt during the session or shortly after it; it usually settles within a few days.",
            "Fine needles and a steady technique keep it low; a numbing cream or cooling may help where suitable. Tell the practitioner if the pain is hard to bear.",
            "The source lists pain, discomfort and bruising at the injection sites as brief effects; in the literature about 45% of patients reported pain.",
            Provenance.SourceFaq,
            $"{FaqRisks}; {PainLiterature}",
            [],
            []),
        new(
            Infection,
            "Infection at the injection sites",
            RiskLikelihood.Uncommon,
            "Every needle puncture is a small opening in the skin through which germs can enter. This does not happen often, but it can happen even with careful technique.",
            "Most infections show within days as redness, warmth, swelling, pain or pus. Some slow-growing infections only appear 1 to 12 weeks after a session.",
            "Sterile equipment, disinfected skin, and keeping the treated area clean and untouched afterwards, as the aftercare advice describes.",
            "The source names a small risk of infection that depends on sterile technique and on a predisposition to infection; non-tuberculous mycobacterial infections have been reported 1 to 12 weeks after mesotherapy injections.",
            Provenance.SourceFaq,
            $"{FaqRisks}; {MycobacteriaLiterature}",
            [Fact(HealthFactor.InfectionPredisposition), Fact(HealthFactor.Immunosuppression), Fact(HealthFactor.Diabetes)],
            [
                Health(HealthFactor.InfectionPredisposition, "You told us that you are prone to infections, so an infection at the injection sites is more likely for you."),
                Health(HealthFactor.Immunosuppression, "Your immune system is weakened by an illness or a medicine, which makes an infection more likely and can make it harder to clear."),
                Health(HealthFactor.Diabetes, "Diabetes makes skin infections more likely and can slow healing."),
            ]),
        new(
            AllergicReaction,
            "Allergic reaction to the injected substances",
            RiskLikelihood.Uncommon,
            "Your body may react to a substance in the mix with a rash, itching, irritation or swelling. Very rarely the reaction is severe and affects the whole body (anaphylaxis), which needs emergency treatment.",
            "Usually within minutes to hours of a session; mild reactions fade over hours to a few days.",
            "Tell the clinic about every allergy you know of before treatment, so the mix can be checked against it. The clinic observes you after the injections and is prepared to treat a severe reaction.",
            "The source describes rash, irritation and swelling and, rarely, anaphylaxis, and asks patients to disclose known allergies before treatment.",
            Provenance.SourceFaq,
            FaqRisks,
            [AllergiesFact, ComponentsFact],
            [
                new("allergy-component", AllergiesFact, RiskLevel.HighlyRaised, "An ingredient of this mix is a substance you reported an allergy to, so an allergic reaction is clearly more likely. Your practitioner must review the mix with you before any injection.", (p, c) => AllergyMatchesComponent(p, c.Ingredients)),
                new("allergy-other", AllergiesFact, RiskLevel.Raised, "You reported at least one allergy. People with allergies react to injected substances more often, even when the allergy is to something else.", (p, c) => p.Allergies.Count > 0 && !AllergyMatchesComponent(p, c.Ingredients)),
            ]),
        new(
            SkinIrritation,
            "Skin irritation, redness or inflammation",
            RiskLikelihood.Common,
            "The treated skin may turn red, feel irritated or become slightly inflamed where the substances were injected.",
            "Starts during or just after the session and fades without treatment, usually within a day to a few days.",
            "Leave the scalp alone and avoid sun, heat and harsh hair products for the aftercare periods the clinic gives you.",
            "The source says the injected substances can irritate, redden or inflame the skin, and that this is short-lived and resolves on its own.",
            Provenance.SourceFaq,
            FaqRisks,
            [Fact(HealthFactor.ActiveSkinDisease), Fact(HealthFactor.ActiveScalpInfection)],
            [
                Health(HealthFactor.ActiveSkinDisease, "An active skin condition makes the skin react more easily, so irritation and redness are more likely for you."),
                Health(HealthFactor.ActiveScalpInfection, "Your scalp is currently infected or inflamed, so it reacts more easily and irritation and redness are more likely for you."),
            ]),
        new(
            UnevenResults,
            "Uneven results, or no result",
            RiskLikelihood.Common,
            "Mesotherapy may not give you the result you hope for. Some people see a clear change, some a small one and some none, and any gain fades without maintenance sessions.",
            "Whether it helps becomes clear over the first sessions and the review after them; gains usually fade over months once maintenance stops.",
            "A confirmed diagnosis of the cause, realistic goals agreed in advance, keeping to the maintenance plan, and combining it with other hair-loss treatments where suitable.",
            "The source states that success varies with the cause of hair loss, the person's response and adherence to maintenance, and that not everyone reaches the desired result; failing to reach it is disclosed as a risk.",
            Provenance.SourceFaq,
            FaqRisks,
            [CauseFact],
            [
                new("cause-undiagnosed", CauseFact, RiskLevel.Raised, "The cause of your hair loss has not been diagnosed yet, so it is hard to predict whether mesotherapy will help you.", static (p, _) => p.Cause == HairLossCause.Undiagnosed),
                new("cause-other", CauseFact, RiskLevel.Raised, "Mesotherapy tends to work best for pattern hair loss; for the type of hair loss you have, the result is harder to predict.", static (p, _) => p.Cause is HairLossCause.AlopeciaAreata or HairLossCause.TelogenEffluvium or HairLossCause.Other),
            ]),
        new(
            Scarring,
            "Scarring, dents in the skin or other tissue damage",
            RiskLikelihood.Rare,
            "Rarely, the injections damage the tissue under the skin. This can leave a scar, a small dent, or a patch where hair does not grow back.",
            "It can show weeks to months after a session; scarring hair loss at injection sites has been reported up to a year later, and it may be lasting.",
            "Treatment by a trained, experienced practitioner who injects at the right depth and with the right technique.",
            "The source names scarring and tissue damage as rare and linked to poor injection technique or training; scarring hair loss at injection sites has been reported up to a year after treatment.",
            Provenance.SourceFaq,
            $"{FaqRisks}; {ScarringLiterature}",
            [Fact(HealthFactor.KeloidTendency), MedicinesFact],
            [
                Health(HealthFactor.KeloidTendency, "You tend to form keloids or raised scars, so scarring at the injection sites is more likely for you."),
                new("systemic-retinoid", MedicinesFact, RiskLevel.Raised, "You take a retinoid medicine (such as isotretinoin or acitretin), which can slow healing, so scarring is more likely for you.", static (p, c) => c.Medicines.Lists(p, "systemic-retinoid")),
            ]),
    ];

    /// <summary>The consent gate, as a rule the policy lists when it is in force.</summary>
    public static RuleDescriptor Consent { get; } = new(
        DisclosureRuleIds.Consent,
        "A valid acknowledgment of the current risk disclosure must precede the first session.",
        "A clinic must be able to prove which disclosure the patient acknowledged, and that it was before treatment began.",
        Provenance.ClinicalPractice,
        "Informed consent before treatment; the source asks for risks, benefits and expected results to be discussed before deciding");

    public static DisclosureStatement Alternatives { get; } = new(
        DisclosureRuleIds.Alternatives,
        DisclosureStatementKind.Alternatives,
        "Other options",
        "Mesotherapy is one choice among several. Other treatments for hair loss exist, such as medicines applied to the scalp or taken by mouth and other procedures, and some work better together with mesotherapy. A dermatologist or hair-loss specialist can go through them with you. You may also decide not to have treatment.",
        "The source advises discussing alternative therapies with a dermatologist or hair-loss specialist and reports better results when mesotherapy is combined with other treatments.",
        Provenance.SourceFaq,
        "Source FAQ: 'Is mesotherapy effective for hair?'; 'Is mesotherapy for hair permanent?'");

    public static IReadOnlyList<DisclosureStatement> WarningSigns { get; } =
    [
        new(
            LateInfection,
            DisclosureStatementKind.WarningSign,
            "Signs of an infection, even weeks later",
            "For 12 weeks after each session, contact the clinic promptly if an injection site becomes red, warm, swollen or painful, if lumps, sores or pus appear, or if you develop a fever. Some infections from injections only show weeks later, after the course has ended.",
            "Non-tuberculous mycobacterial infections have been reported 1 to 12 weeks after mesotherapy injections, so a follow-up window is needed beyond aftercare.",
            Provenance.ClinicalLiterature,
            MycobacteriaLiterature),
        new(
            LateScarring,
            DisclosureStatementKind.WarningSign,
            "Signs of scarring, even months later",
            "For a year after your last session, contact the clinic if you notice a scar, a dent, hardened skin or a patch without hair at an injection site.",
            "Scarring hair loss at injection sites has been reported up to a year after scalp mesotherapy.",
            Provenance.ClinicalLiterature,
            ScarringLiterature),
        new(
            SevereAllergy,
            DisclosureStatementKind.WarningSign,
            "Signs of a severe allergic reaction",
            "If you have trouble breathing, swelling of the face, lips or throat, or feel faint after a session, call emergency services at once, then tell the clinic. For any other concern after a session, contact the clinic.",
            "The source names anaphylaxis as a rare reaction to the injected substances; it needs emergency treatment.",
            Provenance.SourceFaq,
            FaqRisks),
    ];

    private static string Fact(HealthFactor factor) => HealthFacts.Of(factor).FactName;

    /// <summary>A health answer of Yes raises the risk; so does an unknown answer with a medicine on the list that stands for it (as eligibility counts it).</summary>
    private static RiskTailoring Health(HealthFactor factor, string explanation)
    {
        HealthFact fact = HealthFacts.Of(factor);
        Func<HealthHistory, Answer> read = fact.Read;
        return new(fact.Key, fact.FactName, RiskLevel.Raised, explanation, (p, c) => read(p.Health) switch
        {
            Answer.Yes => true,
            Answer.Unknown => c.Medicines.ListsFor(p, factor),
            _ => false,
        });
    }

    private static bool AllergyMatchesComponent(PatientProfile p, IngredientNames names) =>
        p.Formulation is { } formulation && names.AnyMatch(p.Allergies, formulation.Components, anaphylaxisOnly: false);
}
