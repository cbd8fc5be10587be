using FsCheck;
using FsCheck.Fluent;
using MesoRules.Aftercare;

namespace MesoRules.Tests.Aftercare;

/// <summary>Bounded generators for aftercare properties: instants in 2000-2100, offsets of whole quarter hours within +/-14 h, histories of 1 to 5 sessions within 3 weeks.</summary>
internal static class AftercareGenerators
{
    private static readonly DateTimeOffset Base = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const int MinutesIn100Years = 100 * 366 * 24 * 60;

    public static Gen<AftercareActivity> Activity => Gen.Elements(Enum.GetValues<AftercareActivity>());

    public static Gen<TimeSpan> Offset => Gen.Choose(-56, 56).Select(q => TimeSpan.FromMinutes(q * 15));

    /// <summary>An instant with sub-minute ticks, in UTC.</summary>
    public static Gen<DateTimeOffset> Instant =>
        from minutes in Gen.Choose(0, MinutesIn100Years)
        from ticks in Gen.Choose(0, (int)TimeSpan.TicksPerMinute - 1)
        select Base.AddMinutes(minutes).AddTicks(ticks);

    /// <summary>A session history: 1 to 5 session ends within three weeks of an anchor, in mixed offsets, in any order.</summary>
    public static Gen<DateTimeOffset[]> History =>
        from anchor in Instant
        from count in Gen.Choose(1, 5)
        from minutes in Gen.ArrayOf(Gen.Choose(0, 21 * 24 * 60), count)
        from offsets in Gen.ArrayOf(Offset, count)
        select minutes.Select((m, i) => anchor.AddMinutes(m).ToOffset(offsets[i])).ToArray();

    /// <summary>A delay after an instant: up to 5 weeks, to the tick at times.</summary>
    public static Gen<TimeSpan> Delay =>
        Gen.OneOf(
            Gen.Choose(0, 35 * 24 * 60).Select(m => TimeSpan.FromMinutes(m)),
            Gen.Choose(0, 35 * 24 * 60).Select(m => TimeSpan.FromMinutes(m) - TimeSpan.FromTicks(1)).Where(t => t >= TimeSpan.Zero));

    /// <summary>Valid instructions: distinct activities, durations in (0, 30 days], always with a reason so shortening is allowed.</summary>
    public static Gen<AftercareInstruction[]> Instructions =>
        from activities in Gen.SubListOf(Enum.GetValues<AftercareActivity>())
        from durations in Gen.ArrayOf(Gen.Two(Gen.Choose(1, 30 * 24 * 60)), activities.Count)
        select activities.Select((a, i) =>
        {
            int x = durations[i].Item1;
            int y = durations[i].Item2;
            return new AftercareInstruction(a, TimeSpan.FromMinutes(Math.Min(x, y)), TimeSpan.FromMinutes(Math.Max(x, y)), "Practitioner's judgement");
        }).ToArray();

    public static Gen<AftercareInstruction[]> NoneOrSomeInstructions =>
        Gen.Frequency((3, Gen.Constant(Array.Empty<AftercareInstruction>())), (1, Instructions));
}
