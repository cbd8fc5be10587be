namespace MesoRules.Aftercare;

/// <summary>The stable ids of the built-in aftercare rules: one per restricted activity, and one per guidance item without a window.</summary>
public static class AftercareRuleIds
{
    /// <summary>Touching or scratching the treated area.</summary>
    internal const string Touching = "aftercare.touching";

    /// <summary>Sun and UV exposure.</summary>
    internal const string Sun = "aftercare.sun";

    /// <summary>Topical products on the treated area.</summary>
    internal const string TopicalProducts = "aftercare.topical-products";

    /// <summary>Intense exercise and heavy sweating.</summary>
    internal const string Exercise = "aftercare.exercise";

    /// <summary>Swimming pools, hot tubs and saunas.</summary>
    internal const string Swimming = "aftercare.swimming";

    /// <summary>Harsh hair products (dyes, chemical treatments).</summary>
    internal const string HarshHairProducts = "aftercare.harsh-hair-products";

    /// <summary>Alcohol.</summary>
    internal const string Alcohol = "aftercare.alcohol";

    /// <summary>Washing the hair.</summary>
    internal const string HairWashing = "aftercare.hair-washing";

    /// <summary>Guidance without a window: use a mild shampoo.</summary>
    public const string GentleShampoo = "aftercare.guidance.gentle-shampoo";

    /// <summary>Guidance without a window: wash with the fingertips or a soft brush.</summary>
    public const string GentleMethod = "aftercare.guidance.gentle-method";

    /// <summary>Guidance without a window: no pressure or rough rubbing on the scalp.</summary>
    public const string NoPressure = "aftercare.guidance.no-pressure";

    /// <summary>Guidance without a window: rinse out every product fully.</summary>
    public const string RinseFully = "aftercare.guidance.rinse-fully";

    /// <summary>Guidance without a window: follow the practitioner's own instructions where they differ.</summary>
    public const string PractitionerInstructions = "aftercare.guidance.practitioner-instructions";

    /// <summary>Guidance without a window: contact the clinic with questions or concerns.</summary>
    public const string ContactClinic = "aftercare.guidance.contact-clinic";

    /// <summary>Returns the rule id of the restriction on <paramref name="activity"/>.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The rule id, for example <c>aftercare.sun</c> for <see cref="AftercareActivity.Sun"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activity"/> is not a defined <see cref="AftercareActivity"/> value.</exception>
    public static string For(AftercareActivity activity) =>
        AftercareActivities.IsDefined(activity) ? AftercareActivities.Of(activity).RuleId : throw AftercareArguments.UndefinedActivity(nameof(activity));
}
