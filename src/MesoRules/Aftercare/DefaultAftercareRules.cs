using MesoRules.Core;
using static MesoRules.Aftercare.AftercareRuleIds;

namespace MesoRules.Aftercare;

/// <summary>The built-in aftercare restrictions (domain digest section 2) and the guidance without a window.</summary>
internal static class DefaultAftercareRules
{
    internal const string FaqWhatNotToDo = "Source FAQ: 'What not to do after hair mesotherapy?'";
    internal const string FaqWashing = "Source FAQ: 'Can I wash my hair after mesotherapy?'";

    /// <summary>How many restrictions there are: one per activity of the registry.</summary>
    public const int ActivityCount = AftercareActivities.Count;

    /// <summary>The defaults, indexed by <see cref="AftercareActivity"/>.</summary>
    public static readonly AftercareRestriction[] Restrictions =
    [
        Restriction(AftercareActivity.Touching, 3, 6,
            "Touching or scratching the treated area",
            "Keep your hands off the treated area and do not scratch it, so the injection points can close without irritation or infection.",
            "The source advises against touching or scratching the treated areas for a few hours to lower the risk of infection and irritation. It gives no exact figure: the 3 h minimum and 6 h recommendation are the library's own choice within 'a few hours'.",
            FaqWhatNotToDo),
        Restriction(AftercareActivity.Sun, 48, 48,
            "Sun and UV exposure",
            "Keep your scalp out of strong sunlight and away from sunbeds and other UV light.",
            "The source advises limiting sun and UV exposure for at least 48 hours, because it can make irritation or discolouration of the skin more likely. The 48 h default is the source's own figure.",
            FaqWhatNotToDo),
        Restriction(AftercareActivity.TopicalProducts, 24, 24,
            "Creams and styling products on the scalp",
            "Do not put creams, lotions, medicated treatments or styling products such as gel, wax or spray on the treated area.",
            "The source advises against topical products on the treated areas, including medicated creams and styling products, for at least 24 hours. The 24 h default is the source's own figure.",
            FaqWhatNotToDo),
        Restriction(AftercareActivity.Exercise, 24, 48,
            "Intense exercise and heavy sweating",
            "Skip strenuous workouts and anything else that makes you sweat a lot.",
            "The source advises against strenuous exercise and heavy sweating for at least 24 to 48 hours, as sweat can raise the risk of infection and discomfort. The defaults are the two ends of that range.",
            FaqWhatNotToDo),
        Restriction(AftercareActivity.Swimming, 72, 72,
            "Swimming pools, hot tubs and saunas",
            "Stay out of chlorinated swimming pools, hot tubs and saunas.",
            "The source advises avoiding chlorinated pools, hot tubs and saunas for a few days, as they can raise the risk of infection. It gives no exact figure: 72 h is the library's own choice within 'a few days'.",
            FaqWhatNotToDo),
        Restriction(AftercareActivity.HarshHairProducts, 72, 72,
            "Hair dyes and chemical treatments",
            "Do not colour, bleach, perm or chemically treat your hair, and keep other harsh hair products off the treated area.",
            "The source advises against harsh hair products such as dyes and chemical treatments for a few days, as they can irritate the scalp. It gives no exact figure: 72 h is the library's own choice within 'a few days'.",
            FaqWhatNotToDo),
        Restriction(AftercareActivity.Alcohol, 24, 48,
            "Alcohol",
            "Do not drink alcohol.",
            "The source advises avoiding alcohol for at least 24 to 48 hours, as it may slow healing. The defaults are the two ends of that range.",
            FaqWhatNotToDo),
        Restriction(AftercareActivity.HairWashing, 4, 24,
            "Washing your hair",
            "Wait before washing your hair so that what was injected can settle; when you do wash it, follow the general care advice.",
            "The source says washing is generally fine after a wait, so the injected agents can settle, of a few hours to a day or two. It gives no exact figure: the 4 h minimum and 24 h recommendation are the library's own choice within that range.",
            FaqWashing),
    ];

    /// <summary>The guidance without a window, in the order it is shown.</summary>
    public static readonly AftercareGuidance[] Guidance =
    [
        new(GentleShampoo,
            "Wash with a mild shampoo that suits your hair type; avoid harsh or drying products.",
            "The source recommends gentle, mild hair products after treatment and warns against drying or irritating ones.",
            Provenance.SourceFaq, FaqWashing),
        new(GentleMethod,
            "Clean your scalp and hair with your fingertips or a soft brush.",
            "The source recommends a gentle washing method using the fingers or a soft brush.",
            Provenance.SourceFaq, FaqWashing),
        new(NoPressure,
            "Do not press hard on your scalp or rub it roughly.",
            "The source warns against too much pressure or rough cleaning of the treated scalp.",
            Provenance.SourceFaq, FaqWashing),
        new(RinseFully,
            "Rinse thoroughly until no shampoo or other product is left on your scalp or in your hair.",
            "The source asks for a full rinse so that no product residue stays on the scalp.",
            Provenance.SourceFaq, FaqWashing),
        new(PractitionerInstructions,
            "If your practitioner gave you different instructions, follow theirs.",
            "The source says the instructions of the practitioner who treated the patient take precedence over general advice.",
            Provenance.SourceFaq, FaqWhatNotToDo),
        new(ContactClinic,
            "If you have questions or anything worries you after treatment, contact the clinic.",
            "The source asks patients to contact their practitioner with questions or concerns.",
            Provenance.SourceFaq, FaqWhatNotToDo),
    ];

    private static AftercareRestriction Restriction(AftercareActivity activity, int minimumHours, int recommendedHours, string title, string guidance, string rationale, string citation) =>
        new(activity, AftercareActivities.Of(activity).RuleId, title, guidance, rationale, Provenance.SourceFaq, citation, TimeSpan.FromHours(minimumHours), TimeSpan.FromHours(recommendedHours), Enabled: true, ClinicReason: null);
}
