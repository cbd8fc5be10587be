using MesoRules.Policy;

namespace MesoRules.Disclosure;

/// <summary>Builds the risk disclosure a patient must be shown, and verifies acknowledgments of it.</summary>
public sealed class DisclosureEngine
{
    private readonly IMesoRulesPolicyProvider _policies;
    private readonly TimeProvider _time;

    /// <summary>Creates an engine over the shipped default policy and the system clock.</summary>
    public DisclosureEngine()
        : this(MesoRulesPolicy.Default, TimeProvider.System)
    {
    }

    /// <summary>Creates an engine over a policy provider and a clock.</summary>
    /// <param name="policies">The policy provider.</param>
    /// <param name="time">The clock that stamps disclosures.</param>
    public DisclosureEngine(IMesoRulesPolicyProvider policies, TimeProvider time)
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
