using System.Text.Json.Serialization;
namespace MesoRules.Planning;

/// <summary>One session of a plan.</summary>
public sealed class PlannedSession
{
    [JsonConstructor]
    internal PlannedSession(int Number, SessionPhase Phase, DateOnly Date, DateTimeOffset Start, DateTimeOffset End, bool Completed, bool Treatment)
    {
        this.Number = Number;
        this.Phase = Phase;
        this.Date = Date;
        this.Start = Start;
        this.End = End;
        this.Completed = Completed;
        this.Treatment = Treatment;
    }

    /// <summary>The session's number in the plan, from 1, completed sessions included.</summary>
    public int Number { get; }

    /// <summary>Initial, review or maintenance.</summary>
    public SessionPhase Phase { get; }

    /// <summary>The date, on the clinic calendar.</summary>
    public DateOnly Date { get; }

    /// <summary>The start instant, with the clinic time zone's offset at that instant.</summary>
    public DateTimeOffset Start { get; }

    /// <summary>The end instant, with the clinic time zone's offset at that instant (which differs from the start's when a daylight-saving change falls within the session); aftercare windows count from it.</summary>
    public DateTimeOffset End { get; }

    /// <summary>Whether the session already took place (a visit done, from the request's <see cref="PlanRequest.Visits"/>).</summary>
    public bool Completed { get; }

    /// <summary>
    /// Whether the visit injects: an initial or maintenance session, or a review when the clinic sets
    /// <see cref="PlanningOptions.ReviewIncludesTreatment"/>. Only such a visit has aftercare windows and is moved for the
    /// patient's activities; a review that only evaluates results has neither.
    /// </summary>
    public bool Treatment { get; }
}
