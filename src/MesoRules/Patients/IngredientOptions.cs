using MesoRules.Core;
using GroupSettings = MesoRules.Core.Settings<MesoRules.Patients.IngredientGroupOptions>;
using IngredientSettings = MesoRules.Core.Settings<MesoRules.Patients.IngredientOptions>;

namespace MesoRules.Patients;

/// <summary>
/// The clinic's additions to the table of ingredient names (<see cref="IngredientGroup"/>), bound from the configuration
/// section <c>MesoRules:Ingredients</c>. Allergies and pregnancy-avoidance substances are matched against a mix's
/// components under every name of an ingredient.
/// </summary>
/// <example>
/// In <c>appsettings.json</c>: a trade name for a shipped ingredient, and an ingredient of the clinic's own.
/// <code>
/// "MesoRules": { "Ingredients": { "Groups": {
///   "hyaluronic-acid": { "Names": [ "HyaBase" ] },
///   "clinic.peptide-complex": { "Names": [ "peptide complex A", "PCA-7" ] }
/// } } }
/// </code>
/// </example>
public sealed class IngredientOptions
{
    /// <summary>
    /// Names by ingredient group id. Names given for a shipped group (see <see cref="Policy.MesoRulesPolicy.Ingredients"/>) are
    /// added to its names; a new id (a rule-id-like name such as <c>clinic.peptide-complex</c>) is a new group and needs
    /// at least two names. Shipped names cannot be removed. <value>The default value is empty: the shipped table; allowed:
    /// each name 1 to 200 characters with at least two letters or digits, at most 200 groups in all.</value>
    /// </summary>
    public IDictionary<string, IngredientGroupOptions> Groups { get; } = new Dictionary<string, IngredientGroupOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The most groups a table may hold, shipped and the clinic's.</summary>
    internal const int MaxGroups = 200;

    /// <summary>The allowed length of a name.</summary>
    internal static TextLength NameLength { get; } = new(200);

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(
        IngredientSettings.Dictionary(nameof(Groups), static o => o.Groups, static key => key.ToLowerInvariant(), IngredientGroupOptions.Settings));

    /// <summary>Checks the clinic's groups, every failure listed.</summary>
    internal static void Validate(IngredientOptions? options, string prefix, OptionsFailures failures)
    {
        if (options is null)
        {
            failures.NotNull(prefix, null);
            return;
        }

        string member = $"{prefix}:{nameof(Groups)}";
        var shipped = new HashSet<string>(ShippedIngredients.Groups.Select(g => g.Id), StringComparer.Ordinal);
        int added = 0;
        ClinicKeys.Check(
            options.Groups,
            member,
            failures,
            static key => RuleIdSyntax.IsValid(key.ToLowerInvariant()) ? key.ToLowerInvariant() : null,
            key => $"'{key}' is not a valid group id; allowed: a shipped group's id or a new one of 1 to {RuleIdSyntax.MaxLength} characters of dot-separated segments of a-z, 0-9 and '-'.",
            (entry, at) =>
            {
                bool isNew = entry.Id is { } id && !shipped.Contains(id);
                added += isNew ? 1 : 0;
                NameList.Check(entry.Value.Names, $"{at}:{nameof(IngredientGroupOptions.Names)}", failures, NameLength, minimum: isNew ? 2 : 1);
            },
            "group");
        if (shipped.Count + added > MaxGroups)
        {
            failures.Add(member, $"{shipped.Count + added} groups in all; allowed: at most {MaxGroups}, the shipped {shipped.Count} included.");
        }

        if (options.Groups is not null && options.Groups.Values.All(g => g?.Names is not null))
        {
            foreach ((string group, string name, string other, string held) in IngredientNames.Build(options).Overlaps())
            {
                failures.Add(member, $"'{name}' ({group}) holds '{held}', a name of {other} only, so an allergy to {other} would match {group}; give names that do not hold another ingredient's name.");
            }
        }
    }
}

/// <summary>The clinic's names for one ingredient group.</summary>
public sealed class IngredientGroupOptions
{
    /// <summary>The names, added to a shipped group's own. <value>The default value is empty.</value></summary>
    public IList<string> Names { get; set; } = new List<string>();

    /// <summary>The settings the configuration binder reads.</summary>
    internal static SettingTable Settings => field ??= new(
        GroupSettings.TextList(nameof(Names), "[\"sodium hyaluronate\"]", static (o, v) => o.Names = v));
}
