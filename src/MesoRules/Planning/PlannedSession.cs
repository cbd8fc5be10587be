namespace MesoRules.Planning;

/// <summary>One session of a plan.</summary>
/// <param name="Number">The session's number in the plan, from 1, completed sessions included.</param>
/// <param name="Phase">Initial, review or maintenance.</param>
/// <param name="Date">The date, on the clinic calendar.</param>
/// <param name="Start">The start instant, with the clinic time zone's offset at that instant.</param>
/// <param name="End">The end instant, with the clinic time zone's offset at that instant (which differs from the start's when a daylight-saving change falls within the session); aftercare windows count from it.</param>
/// <param name="Completed">Whether the session already took place (from the request's history).</param>
public sealed record PlannedSession(int Number, SessionPhase Phase, DateOnly Date, DateTimeOffset Start, DateTimeOffset End, bool Completed);
