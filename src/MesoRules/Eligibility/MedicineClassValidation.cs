using MesoRules.Core;
using MesoRules.Patients;

namespace MesoRules.Eligibility;

/// <summary>The checks of <see cref="EligibilityOptions.MedicineClasses"/>, every failure listed with its member.</summary>
internal static class MedicineClassValidation
{
    /// <summary>A class id that would give its rule the id of the contradiction check.</summary>
    private const string Reserved = "contradicts-answer";

    /// <summary>Checks the clinic's classes; the rule ids of its classes without a health answer join <paramref name="ids"/>.</summary>
    public static void Validate(IDictionary<string, MedicineClassOptions>? classes, string member, HashSet<string> ids, OptionsFailures failures)
    {
        var shipped = ShippedMedicineClasses.All.ToDictionary(c => c.Id, StringComparer.Ordinal);
        int added = 0;
        ClinicKeys.Check(
            classes,
            member,
            failures,
            static key => key.ToLowerInvariant() is var id && RuleIdSyntax.IsValid(id) && id != Reserved ? id : null,
            key => $"'{key}' is not a valid medicine class id; allowed: a shipped class's id or a new one of dot-separated segments of a-z, 0-9 and '-' (not '{Reserved}').",
            (entry, at) =>
            {
                if (entry.Id is not { } id)
                {
                    return;
                }

                MedicineClassOptions value = entry.Value;
                bool isShipped = shipped.ContainsKey(id);
                added += isShipped ? 0 : 1;
                if (value.Name is not null || !isShipped)
                {
                    failures.NotBlank($"{at}:{nameof(MedicineClassOptions.Name)}", value.Name, EligibilityOptions.ClassNameLength);
                }

                if (value.Answers is not null && (isShipped || MedicineCatalog.FactNamed(value.Answers) is null or HealthFactor.Pregnancy or HealthFactor.Breastfeeding))
                {
                    failures.Add(
                        $"{at}:{nameof(MedicineClassOptions.Answers)}",
                        isShipped
                            ? "a shipped class keeps its own health question."
                            : $"'{value.Answers}' names no health answer a medicine can stand for; allowed: {string.Join(", ", HealthFacts.All.Where(f => f.Factor is not (HealthFactor.Pregnancy or HealthFactor.Breastfeeding)).Select(f => f.Name))}.");
                }

                NameList.Check(value.Names, $"{at}:{nameof(MedicineClassOptions.Names)}", failures, EligibilityOptions.ClassNameLength, minimum: 0);
                Codes(value.AtcCodes, $"{at}:{nameof(MedicineClassOptions.AtcCodes)}", failures);
                if (!isShipped && value.Names?.Count == 0 && value.AtcCodes?.Count == 0)
                {
                    failures.Add(at, "a class of the clinic's own needs at least one name or ATC code.");
                }

                SafetyFloor.Check(failures, $"{at}:{nameof(MedicineClassOptions.Reason)}", isShipped && value.Enabled == false, value.Reason, $"Switching off the shipped medicine class '{id}'");
                if (!isShipped && value.Answers is null && !ids.Add(MedicineCatalog.RuleIdOf(id)))
                {
                    failures.Add(at, $"the class's rule id '{MedicineCatalog.RuleIdOf(id)}' is taken by another rule.");
                }
            },
            "medicine class");

        if (shipped.Count + added > MedicineCatalog.MaxClasses)
        {
            failures.Add(member, $"{shipped.Count + added} classes in all; allowed: at most {MedicineCatalog.MaxClasses}, the shipped {shipped.Count} included.");
        }
    }

    private static void Codes(IList<string>? codes, string member, OptionsFailures failures)
    {
        if (codes is null)
        {
            failures.NotNull(member, null);
            return;
        }

        for (int i = 0; i < codes.Count; i++)
        {
            if (codes[i] is null || !MedicineCatalog.IsAtcCode(codes[i]))
            {
                failures.Add($"{member}:{i}", "not an ATC code; allowed: a letter, two digits, then up to two letters and two digits (B01, B01A, B01AF, B01AF01).");
            }
        }
    }
}
