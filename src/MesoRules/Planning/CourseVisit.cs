using System.Text.Json.Serialization;

namespace MesoRules.Planning;

/// <summary>What became of a visit of the course.</summary>
public enum VisitStatus
{
    /// <summary>The visit took place; it counts toward the course.</summary>
    Done = 0,

    /// <summary>The patient did not come; the visit does not count.</summary>
    Missed = 1,

    /// <summary>The visit was cancelled before it took place; it does not count.</summary>
    Cancelled = 2,
}

/// <summary>
/// One recorded visit of a course: its date, its phase (initial session, review or maintenance session) and what
/// became of it (done, missed, cancelled). Only visits done count toward the course; the others are flagged.
/// </summary>
public sealed class CourseVisit
{
    /// <summary>Creates a recorded visit.</summary>
    /// <param name="Date">The visit's date on the clinic calendar.</param>
    /// <param name="Phase">The phase the visit belonged to.</param>
    /// <param name="Status">What became of it.</param>
    /// <param name="Time">The local time it started, in the clinic's zone; <see langword="null"/> for the request's <see cref="PlanRequest.SessionTime"/>.</param>
    [JsonConstructor]
    public CourseVisit(DateOnly Date, SessionPhase Phase = SessionPhase.Initial, VisitStatus Status = VisitStatus.Done, TimeOnly? Time = null)
    {
        this.Date = Date;
        this.Phase = Phase;
        this.Status = Status;
        this.Time = Time;
    }

    /// <summary>The visit's date on the clinic calendar.</summary>
    public DateOnly Date { get; }

    /// <summary>The phase the visit belonged to. <value>The default value is <see cref="SessionPhase.Initial"/>.</value></summary>
    public SessionPhase Phase { get; }

    /// <summary>What became of it. <value>The default value is <see cref="VisitStatus.Done"/>.</value></summary>
    public VisitStatus Status { get; }

    /// <summary>
    /// The local time the visit started, in the clinic's zone (read like <see cref="PlanRequest.SessionTime"/>: a time
    /// skipped by a daylight-saving change moves forward by the gap). <value>The default value is <see langword="null"/>:
    /// the request's <see cref="PlanRequest.SessionTime"/>.</value>
    /// </summary>
    public TimeOnly? Time { get; }
}
