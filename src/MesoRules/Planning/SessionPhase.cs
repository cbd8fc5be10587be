namespace MesoRules.Planning;

/// <summary>The phase of a course a session belongs to.</summary>
public enum SessionPhase
{
    /// <summary>A session of the initial course.</summary>
    Initial = 0,

    /// <summary>The review visit one interval after the last initial session, where results are evaluated.</summary>
    Review = 1,

    /// <summary>A maintenance session.</summary>
    Maintenance = 2,
}
