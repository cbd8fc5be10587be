namespace MesoRules.DependencyInjection;

/// <summary>The marker options type through which <c>AddMesoRules</c> validates <see cref="Policy.MesoRulesOptions"/> at start-up.</summary>
internal sealed class MesoRulesStartupValidation;
