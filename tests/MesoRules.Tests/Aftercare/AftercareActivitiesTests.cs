using MesoRules.Aftercare;
using MesoRules.Serialization;

namespace MesoRules.Tests.Aftercare;

/// <summary>The registry of restricted activities: one entry per activity, read by the rule ids, the defaults, the configuration keys and JSON.</summary>
public class AftercareActivitiesTests
{
    public static TheoryData<AftercareActivity> Activities => [.. Enum.GetValues<AftercareActivity>()];

    [Fact]
    public void The_registry_holds_every_activity_once_in_enum_order()
    {
        Assert.Equal(Enum.GetValues<AftercareActivity>(), AftercareActivities.All.Select(a => a.Activity));
        Assert.Equal(AftercareActivities.Count, AftercareActivities.All.Count);
        Assert.Equal(AftercareActivities.All.Count, AftercareActivities.All.Select(a => a.RuleId).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Activities))]
    public void An_activitys_names_are_its_rule_id_its_restriction_its_json_string_and_its_configuration_keys(AftercareActivity activity)
    {
        ActivityNames names = AftercareActivities.Of(activity);
        Assert.Equal(names.RuleId, AftercareRuleIds.For(activity));
        Assert.Equal(names.RuleId, new AftercareEngine().Restrictions[(int)activity].RuleId);
        Assert.Equal($"\"{names.Name}\"", MesoRulesJson.Serialize(activity));
        Assert.Equal(activity, AftercareActivities.FromKey(names.Name));
        Assert.Equal(activity, AftercareActivities.FromKey(names.Name.ToLowerInvariant()));
        Assert.Equal(activity, AftercareActivities.FromKey(names.RuleId));
        Assert.Equal(activity, AftercareActivities.FromKey(names.RuleId.ToUpperInvariant()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("Sun,Alcohol")]
    [InlineData("aftercare.tanning")]
    public void A_key_that_names_no_activity_maps_to_none(string? key)
    {
        Assert.Null(AftercareActivities.FromKey(key));
    }
}
