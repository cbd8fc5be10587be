using Microsoft.Extensions.Time.Testing;
using MesoRules.Aftercare;
using MesoRules.Policy;
using Microsoft.Extensions.DependencyInjection;
using static MesoRules.Tests.Aftercare.AftercareTestData;

namespace MesoRules.Tests.Aftercare;

public class AftercareCheckTests
{
    private static readonly DateTimeOffset First = new(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Second = First.AddDays(10);

    [Fact]
    public void An_empty_session_history_is_refused_rather_than_read_as_nothing_to_avoid()
    {
        // No session is missing information: a caller who forgot to load the sessions must not hear "allowed".
        Assert.Equal("sessionEnds", Assert.Throws<ArgumentException>(() => Engine.Check(AftercareActivity.Sun, First, ReadOnlySpan<DateTimeOffset>.Empty)).ParamName);
        Assert.Equal("sessionEnds", Assert.Throws<ArgumentException>(() => Engine.ActiveAt(First, [])).ParamName);
        Assert.Equal("sessionEnds", Assert.Throws<ArgumentException>(() => Engine.Schedule([])).ParamName);

        // Sessions that all end after the instant checked do not count: before the first session there is nothing to avoid.
        AftercareCheck before = Engine.Check(AftercareActivity.Sun, First.AddDays(-1), [First]);
        Assert.Equal(AftercareStatus.Allowed, before.Status);
        Assert.Null(before.SessionEnd);
        Assert.Equal("aftercare.sun", before.RuleId);
        Assert.Equal(MesoRulesPolicy.Default.Version, before.PolicyVersion);
    }

    [Fact]
    public void The_session_end_instant_itself_is_inside_the_window() =>
        Assert.Equal(AftercareStatus.NotYet, Engine.Check(AftercareActivity.Touching, First, [First]).Status);

    [Fact]
    public void A_session_after_the_checked_instant_does_not_count()
    {
        Assert.Equal(AftercareStatus.Allowed, Engine.Check(AftercareActivity.Sun, First - Tick, [First]).Status);
        Assert.Equal(AftercareStatus.Allowed, Engine.Check(AftercareActivity.Sun, Second - Tick, [First, Second]).Status);
        Assert.Equal(First, Engine.Check(AftercareActivity.Sun, Second - Tick, [First, Second]).SessionEnd);
    }

    [Fact]
    public void The_latest_session_at_or_before_the_instant_governs_whatever_the_order_of_the_history()
    {
        DateTimeOffset at = Second.AddHours(47);

        AftercareCheck inOrder = Engine.Check(AftercareActivity.Sun, at, [First, Second]);
        AftercareCheck reversed = Engine.Check(AftercareActivity.Sun, at, [Second, First]);

        Assert.Equal(AftercareStatus.NotYet, inOrder.Status);
        Assert.Equal(Second, inOrder.SessionEnd);
        Assert.Equal(Second.AddHours(48), inOrder.AllowedFrom);
        Assert.Equal(inOrder, reversed);
    }

    [Fact]
    public void The_single_session_overload_gives_the_same_answer_as_a_one_session_history()
    {
        foreach (AftercareActivity activity in Enum.GetValues<AftercareActivity>())
        {
            foreach (int hours in new[] { -1, 0, 3, 24, 47, 48, 72 })
            {
                DateTimeOffset at = First.AddHours(hours);
                Assert.Equal(Engine.Check(activity, at, [First]), Engine.Check(activity, at, [First]));
            }
        }
    }

    [Fact]
    public void A_check_agrees_with_the_window_of_the_schedule()
    {
        AftercareSchedule schedule = Engine.Schedule([First, Second]);
        foreach (AftercareWindow window in schedule.Windows)
        {
            foreach (int hours in new[] { 0, 2, 3, 5, 6, 24, 30, 48, 71, 72 })
            {
                DateTimeOffset at = Second.AddHours(hours);
                Assert.Equal(window.StatusAt(at), Engine.Check(window.Activity, at, [First, Second]).Status);
            }
        }
    }

    [Fact]
    public void Several_sessions_merge_into_one_schedule_governed_by_the_latest()
    {
        AftercareSchedule merged = Engine.Schedule([Second, First]);

        Assert.Equal(Second, merged.SessionEnd);
        ResultAssert.Same(Engine.Schedule([Second]), merged);
    }

    [Fact]
    public void Active_restrictions_list_what_must_still_be_avoided_at_an_instant()
    {
        AftercareActiveRestrictions active = Engine.ActiveAt(First.AddHours(30), [First]);

        Assert.Equal(
            [
                (AftercareActivity.Sun, AftercareStatus.NotYet),
                (AftercareActivity.Exercise, AftercareStatus.AllowedWithCaution),
                (AftercareActivity.Swimming, AftercareStatus.NotYet),
                (AftercareActivity.HarshHairProducts, AftercareStatus.NotYet),
                (AftercareActivity.Alcohol, AftercareStatus.AllowedWithCaution),
            ],
            active.Restrictions.Select(c => (c.Activity, c.Status)));
        Assert.True(active.AnyNotYet);
        Assert.Equal(First.AddHours(30), active.At);
        Assert.Equal(MesoRulesPolicy.Default.Version, active.PolicyVersion);
    }

    [Fact]
    public void Nothing_is_active_once_every_window_has_ended()
    {
        AftercareActiveRestrictions active = Engine.ActiveAt(First.AddHours(72), [First]);
        Assert.Empty(active.Restrictions);
        Assert.False(active.AnyNotYet);
    }

    [Fact]
    public void The_engine_registered_by_AddMesoRules_uses_the_registered_policy()
    {
        var services = new ServiceCollection();
        services.AddMesoRules(o => o.Aftercare.Rules["Sun"] = new AftercareRuleOptions { Minimum = TimeSpan.FromHours(72), Recommended = TimeSpan.FromHours(96) });
        using ServiceProvider provider = services.BuildServiceProvider();

        AftercareEngine engine = provider.GetRequiredService<AftercareEngine>();
        AftercareCheck check = engine.Check(AftercareActivity.Sun, First.AddHours(1), [First]);

        Assert.Equal(AftercareStatus.NotYet, check.Status);
        Assert.Equal(First.AddHours(72), check.AllowedWithCautionFrom);
        Assert.NotEqual(MesoRulesPolicy.Default.Version, check.PolicyVersion);
        Assert.Equal(provider.GetRequiredService<IMesoRulesPolicyProvider>().Current.Version, check.PolicyVersion);
    }

    [Fact]
    public void A_check_in_a_zone_keeps_the_instants_and_shows_local_offsets()
    {
        AftercareCheck check = Engine.Check(AftercareActivity.Sun, First, [First]);
        AftercareCheck local = check.InZone(NewYork);

        Assert.Equal(check, local);
        Assert.Equal(TimeSpan.FromHours(-4), local.AllowedFrom!.Value.Offset);
    }

    [Fact]
    public void The_engine_is_safe_to_use_from_many_threads()
    {
        AftercareCheck expected = Engine.Check(AftercareActivity.Exercise, First.AddHours(30), [First, Second]);
        AftercareSchedule expectedSchedule = Engine.Schedule([First, Second]);

        Parallel.For(0, 2000, i =>
        {
            Assert.Equal(expected, Engine.Check(AftercareActivity.Exercise, First.AddHours(30), [First, Second]));
            if (i % 50 == 0)
            {
                ResultAssert.Same(expectedSchedule, Engine.Schedule([First, Second]));
            }
        });
    }

    [Fact]
    public void A_single_activity_check_does_not_allocate()
    {
        DateTimeOffset[] history = [First, Second];
        DateTimeOffset at = Second.AddHours(30);
        Engine.Check(AftercareActivity.Exercise, at, history);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            Engine.Check(AftercareActivity.Exercise, at, history);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
