using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MesoRules.Core;
using MesoRules.Aftercare;
using static MesoRules.Tests.Aftercare.AftercareTestData;
using G = MesoRules.Tests.Aftercare.AftercareGenerators;

namespace MesoRules.Tests.Aftercare;

public class AftercarePropertyTests
{
    [Property(MaxTest = 300)]
    public Property Every_window_ends_after_it_starts() =>
        Prop.ForAll(
            (from h in G.History from i in G.NoneOrSomeInstructions select (h, i)).ToArbitrary(),
            x => Engine.Schedule(x.h, x.i).Windows.All(w => w.MinimumEnd > w.Start && w.RecommendedEnd > w.Start));

    [Property(MaxTest = 300)]
    public Property The_minimum_end_is_never_after_the_recommended_end() =>
        Prop.ForAll(
            (from h in G.History from i in G.NoneOrSomeInstructions select (h, i)).ToArbitrary(),
            x => Engine.Schedule(x.h, x.i).Windows.All(w => w.MinimumEnd <= w.RecommendedEnd));

    [Property(MaxTest = 300)]
    public Property A_check_at_the_end_instant_is_allowed_and_one_tick_before_is_not() =>
        Prop.ForAll(
            (from a in G.Activity from h in G.History from i in G.NoneOrSomeInstructions select (a, h, i)).ToArbitrary(),
            x =>
            {
                AftercareWindow w = Engine.Schedule(x.h, x.i).WindowFor(x.a)!;
                AftercareStatus At(DateTimeOffset t) => Engine.Check(x.a, t, x.h, x.i).Status;
                return At(w.RecommendedEnd) == AftercareStatus.Allowed
                    && At(w.RecommendedEnd - Tick) != AftercareStatus.Allowed
                    && At(w.MinimumEnd) != AftercareStatus.NotYet
                    && At(w.MinimumEnd - Tick) == AftercareStatus.NotYet;
            });

    [Property(MaxTest = 300)]
    public Property The_same_instant_in_any_offset_gives_the_same_answer() =>
        Prop.ForAll(
            (from a in G.Activity from h in G.History from d in G.Delay from o1 in G.Offset from o2 in G.Offset select (a, h, d, o1, o2)).ToArbitrary(),
            x =>
            {
                DateTimeOffset at = x.h.Min() + x.d;
                AftercareCheck first = Engine.Check(x.a, at.ToOffset(x.o1), x.h);
                AftercareCheck second = Engine.Check(x.a, at.ToOffset(x.o2), x.h.Select(s => s.ToOffset(x.o2)).ToArray());
                return first.Status == second.Status && first.RuleId == second.RuleId && first.AllowedWithCautionFrom == second.AllowedWithCautionFrom && first.AllowedFrom == second.AllowedFrom && first.SessionEnd == second.SessionEnd;
            });

    [Property(MaxTest = 300)]
    public Property For_a_fixed_history_a_later_check_is_never_more_restrictive() =>
        Prop.ForAll(
            (from a in G.Activity from h in G.History from i in G.NoneOrSomeInstructions from d1 in G.Delay from d2 in G.Delay select (a, h, i, d1, d2)).ToArbitrary(),
            x =>
            {
                // Every session of the history has ended by the earlier check, so only time passes between the two checks.
                DateTimeOffset earlier = x.h.Max() + x.d1;
                DateTimeOffset later = earlier + x.d2;
                return Engine.Check(x.a, later, x.h, x.i).Status >= Engine.Check(x.a, earlier, x.h, x.i).Status;
            });

    [Property(MaxTest = 300)]
    public Property Adding_a_session_is_never_less_restrictive() =>
        Prop.ForAll(
            (from a in G.Activity from h in G.History from i in G.NoneOrSomeInstructions from extra in G.Delay from d in G.Delay select (a, h, i, extra, d)).ToArbitrary(),
            x =>
            {
                DateTimeOffset added = x.h.Min() + x.extra;
                DateTimeOffset at = x.h.Min() + x.d;
                DateTimeOffset[] more = [.. x.h, added];
                return Engine.Check(x.a, at, more, x.i).Status <= Engine.Check(x.a, at, x.h, x.i).Status;
            });

    [Property(MaxTest = 200)]
    public Property The_merged_schedule_covers_each_sessions_own_windows() =>
        Prop.ForAll(
            (from h in G.History from i in G.NoneOrSomeInstructions from d in G.Delay select (h, i, d)).ToArbitrary(),
            x =>
            {
                AftercareSchedule merged = Engine.Schedule(x.h, x.i);
                foreach (DateTimeOffset session in x.h)
                {
                    foreach (AftercareWindow own in Engine.Schedule([session], x.i).Windows)
                    {
                        AftercareWindow m = merged.WindowFor(own.Activity)!;
                        if (m.MinimumEnd < own.MinimumEnd || m.RecommendedEnd < own.RecommendedEnd)
                        {
                            return false;
                        }

                        // At any instant inside the session's own window, the whole history is at least as restrictive.
                        DateTimeOffset t = own.Start + TimeSpan.FromTicks(x.d.Ticks % (own.Recommended.Ticks + 1));
                        if (Engine.Check(own.Activity, t, x.h, x.i).Status > own.StatusAt(t))
                        {
                            return false;
                        }
                    }
                }

                return true;
            });

    [Property(MaxTest = 300)]
    public Property A_check_agrees_with_the_schedule_once_every_session_has_ended() =>
        Prop.ForAll(
            (from a in G.Activity from h in G.History from i in G.NoneOrSomeInstructions from d in G.Delay select (a, h, i, d)).ToArbitrary(),
            x =>
            {
                DateTimeOffset at = x.h.Max() + x.d;
                AftercareCheck check = Engine.Check(x.a, at, x.h, x.i);
                AftercareWindow w = Engine.Schedule(x.h, x.i).WindowFor(x.a)!;
                return check.Status == w.StatusAt(at) && check.AllowedWithCautionFrom == w.MinimumEnd && check.AllowedFrom == w.RecommendedEnd;
            });

    [Property(MaxTest = 100)]
    public Property The_same_inputs_give_the_same_sheet() =>
        Prop.ForAll(
            (from h in G.History from o in G.Offset select (h, o)).ToArbitrary(),
            x =>
            {
                DateTimeOffset session = x.h[0];
                return Engine.Schedule([session]).Render(London, DocumentFormat.Markdown)
                    == new AftercareEngine().Schedule([session.ToOffset(x.o)]).Render(London, DocumentFormat.Markdown);
            });
}
