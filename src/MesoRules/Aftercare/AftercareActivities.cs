using MesoRules.Core;

namespace MesoRules.Aftercare;

/// <summary>
/// One restricted activity and every name it goes by: <see cref="Name"/> (<c>Sun</c>: the enum value, its JSON
/// string and a configuration key), <see cref="RuleId"/> (<c>aftercare.sun</c>: the id of its restriction, also a
/// configuration key) and <see cref="Word"/> (<c>sun</c>: how a finding's sentence names it).
/// </summary>
internal sealed class ActivityNames(AftercareActivity activity, string ruleId, string word)
{
    public AftercareActivity Activity { get; } = activity;

    public string Name { get; } = EnumNames<AftercareActivity>.NameOf(activity)!;

    public string RuleId { get; } = ruleId;

    public string Word { get; } = word;
}

/// <summary>
/// The registry of restricted activities: the one place that pairs each <see cref="AftercareActivity"/> with its rule
/// id and its words. The rule ids (<see cref="AftercareRuleIds.For"/>), the default restrictions, the configuration
/// keys of the aftercare rules, argument checks and the planner's sentences all read it.
/// </summary>
internal static class AftercareActivities
{
    /// <summary>Every activity, in <see cref="AftercareActivity"/> order: <c>All[(int)activity]</c> is the activity's entry.</summary>
    public static IReadOnlyList<ActivityNames> All { get; } =
    [
        new(AftercareActivity.Touching, AftercareRuleIds.Touching, "touching"),
        new(AftercareActivity.Sun, AftercareRuleIds.Sun, "sun"),
        new(AftercareActivity.TopicalProducts, AftercareRuleIds.TopicalProducts, "topical products"),
        new(AftercareActivity.Exercise, AftercareRuleIds.Exercise, "exercise"),
        new(AftercareActivity.Swimming, AftercareRuleIds.Swimming, "swimming"),
        new(AftercareActivity.HarshHairProducts, AftercareRuleIds.HarshHairProducts, "hair products"),
        new(AftercareActivity.Alcohol, AftercareRuleIds.Alcohol, "alcohol"),
        new(AftercareActivity.HairWashing, AftercareRuleIds.HairWashing, "hair washing"),
    ];

    /// <summary>How many activities there are.</summary>
    public const int Count = 8;

    public static bool IsDefined(AftercareActivity activity) => (uint)activity < Count;

    /// <summary>The entry of a defined activity.</summary>
    public static ActivityNames Of(AftercareActivity activity) => All[(int)activity];

    /// <summary>The keys configuration accepts for an activity, for failure messages.</summary>
    public static string AllowedKeys { get; } =
        $"an activity name ({EnumNames<AftercareActivity>.Allowed}) or its rule id ({string.Join(", ", All.Select(a => a.RuleId))})";

    /// <summary>Maps a key (an activity name or its rule id, either ignoring case) to its activity.</summary>
    public static AftercareActivity? FromKey(string? key)
    {
        if (key is null)
        {
            return null;
        }

        if (EnumNames<AftercareActivity>.TryParse(key, out AftercareActivity activity))
        {
            return activity;
        }

        foreach (ActivityNames entry in All)
        {
            if (string.Equals(key, entry.RuleId, StringComparison.OrdinalIgnoreCase))
            {
                return entry.Activity;
            }
        }

        return null;
    }
}
