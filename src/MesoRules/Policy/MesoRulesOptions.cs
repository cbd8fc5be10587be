using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;
using RootSettings = MesoRules.Core.Settings<MesoRules.Policy.MesoRulesOptions>;

namespace MesoRules.Policy;

/// <summary>
/// The clinic's settings, bindable from the configuration section <see cref="SectionName"/>. Validated
/// at start-up (every failure listed) and compiled into an immutable <see cref="MesoRulesPolicy"/>.
/// </summary>
public sealed class MesoRulesOptions
{
    /// <summary>The configuration section the options bind from: <c>MesoRules</c>.</summary>
    public const string SectionName = "MesoRules";

    /// <summary>
    /// A free label for the clinic's policy (for example <c>"north-clinic 2026-11"</c>), shown with the
    /// version id. <value>The default value is <c>"default"</c>; allowed: 1 to 100 characters, not blank.</value>
    /// </summary>
    public string PolicyName { get; set; } = "default";

    /// <summary>What the configuration binding of <c>AddMesoRules(configuration)</c> could not use; reported by validation.</summary>
    internal List<string> BindingFailures { get; } = [];

    /// <summary>Eligibility settings.</summary>
    public EligibilityOptions Eligibility { get; set; } = new();

    /// <summary>The clinic's additions to the table of ingredient names, which allergies and pregnancy-avoidance substances are matched under (section <c>MesoRules:Ingredients</c>).</summary>
    public IngredientOptions Ingredients { get; set; } = new();

    /// <summary>Aftercare settings.</summary>
    public AftercareOptions Aftercare { get; set; } = new();

    /// <summary>Risk-disclosure settings.</summary>
    public DisclosureOptions Disclosure { get; set; } = new();

    /// <summary>Session-planning settings.</summary>
    public PlanningOptions Planning { get; set; } = new();

    /// <summary>The allowed length of <see cref="PolicyName"/>.</summary>
    internal static TextLength PolicyNameLength { get; } = new(100);

    /// <summary>The settings the configuration binder reads: the policy name and one section per feature, each with its own table.</summary>
    internal static SettingTable Settings => field ??= new(
        RootSettings.Text(nameof(PolicyName), static (o, v) => o.PolicyName = v, PolicyNameLength),
        RootSettings.Section(nameof(Ingredients), static o => o.Ingredients ??= new(), IngredientOptions.Settings),
        RootSettings.Section(nameof(Eligibility), static o => o.Eligibility ??= new(), EligibilityOptions.Settings),
        RootSettings.Section(nameof(Aftercare), static o => o.Aftercare ??= new(), AftercareOptions.Settings),
        RootSettings.Section(nameof(Planning), static o => o.Planning ??= new(), PlanningOptions.Settings),
        RootSettings.Section(nameof(Disclosure), static o => o.Disclosure ??= new(), DisclosureOptions.Settings));
}
