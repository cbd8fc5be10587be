namespace MesoRules.Aftercare;

/// <summary>
/// An activity a patient is asked to avoid for a while after a session. Each value has one restriction
/// in the policy, with the rule id given by <see cref="AftercareRuleIds.For(AftercareActivity)"/>.
/// </summary>
/// <remarks>
/// In configuration (<see cref="AftercareOptions.Rules"/>) an activity is named by its member name,
/// for example <c>Sun</c>, or by its rule id, for example <c>aftercare.sun</c>.
/// </remarks>
public enum AftercareActivity
{
    /// <summary>Touching or scratching the treated area (<c>aftercare.touching</c>). Default: 3 h minimum, 6 h recommended.</summary>
    Touching = 0,

    /// <summary>Sun and UV exposure, including sunbeds (<c>aftercare.sun</c>). Default: 48 h minimum and recommended.</summary>
    Sun = 1,

    /// <summary>Topical products on the treated area: medicated creams, styling products (<c>aftercare.topical-products</c>). Default: 24 h minimum and recommended.</summary>
    TopicalProducts = 2,

    /// <summary>Intense exercise and anything that causes heavy sweating (<c>aftercare.exercise</c>). Default: 24 h minimum, 48 h recommended.</summary>
    Exercise = 3,

    /// <summary>Swimming in chlorinated pools, hot tubs and saunas (<c>aftercare.swimming</c>). Default: 72 h minimum and recommended.</summary>
    Swimming = 4,

    /// <summary>Harsh hair products: dyes, bleach, perms and other chemical treatments (<c>aftercare.harsh-hair-products</c>). Default: 72 h minimum and recommended.</summary>
    HarshHairProducts = 5,

    /// <summary>Drinking alcohol (<c>aftercare.alcohol</c>). Default: 24 h minimum, 48 h recommended.</summary>
    Alcohol = 6,

    /// <summary>Washing the hair (<c>aftercare.hair-washing</c>). Default: 4 h minimum, 24 h recommended.</summary>
    HairWashing = 7,
}
