using MesoRules.Policy;

namespace MesoRules.Aftercare;

/// <summary>Answers what a patient must avoid after a session, and until when.</summary>
public sealed class AftercareEngine
{
    private readonly IMesoRulesPolicyProvider _policies;
    private readonly TimeProvider _time;

    /// <summary>Creates an engine over the shipped default policy and the system clock.</summary>
    public AftercareEngine()
        : this(MesoRulesPolicy.Default, TimeProvider.System)
    {
    }

    /// <summary>Creates an engine over a policy provider and a clock.</summary>
    /// <param name="policies">The policy provider.</param>
    /// <param name="time">The clock that says what "now" is.</param>
    public AftercareEngine(IMesoRulesPolicyProvider policies, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(time);
        _policies = policies;
        _time = time;
    }

    /// <summary>The policy version in force.</summary>
    public string PolicyVersion => _policies.Current.Version;

    /// <summary>The current instant, from the clock.</summary>
    public DateTimeOffset Now => _time.GetUtcNow();
}
