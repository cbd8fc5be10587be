namespace MesoRules.Policy;

/// <summary>Supplies the policy snapshot in force. Engines read <see cref="Current"/> once per call, so each result comes from one whole snapshot.</summary>
public interface IMesoRulesPolicyProvider
{
    /// <summary>The policy snapshot in force now.</summary>
    MesoRulesPolicy Current { get; }
}
