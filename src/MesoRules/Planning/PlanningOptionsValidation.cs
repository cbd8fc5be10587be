using MesoRules.Core;

namespace MesoRules.Planning;

/// <summary>Planning's own checks of <see cref="PlanningOptions"/>, every failure listed with the member, the value and what is allowed.</summary>
internal static class PlanningOptionsValidation
{
    public static void Validate(PlanningOptions options, string prefix, OptionsFailures failures)
    {
        IntRange sessions = PlanningOptions.InitialSessionsRange;
        failures.Range($"{prefix}:{nameof(PlanningOptions.MildInitialSessions)}", options.MildInitialSessions, sessions);
        failures.Range($"{prefix}:{nameof(PlanningOptions.ModerateInitialSessions)}", options.ModerateInitialSessions, sessions);
        failures.Range($"{prefix}:{nameof(PlanningOptions.SevereInitialSessions)}", options.SevereInitialSessions, sessions);
        IntRange bounds = PlanningOptions.IntervalBoundsRange;
        failures.Range($"{prefix}:{nameof(PlanningOptions.MinimumIntervalDays)}", options.MinimumIntervalDays, bounds);
        failures.Range($"{prefix}:{nameof(PlanningOptions.MaximumIntervalDays)}", options.MaximumIntervalDays, bounds);
        bool boundsValid = options.MinimumIntervalDays <= options.MaximumIntervalDays;
        if (!boundsValid)
        {
            failures.Add($"{prefix}:{nameof(PlanningOptions.MinimumIntervalDays)}", $"{options.MinimumIntervalDays} is above MaximumIntervalDays {options.MaximumIntervalDays}; allowed: MinimumIntervalDays <= MaximumIntervalDays.");
        }

        int low = boundsValid ? options.MinimumIntervalDays : bounds.Min;
        int high = boundsValid ? options.MaximumIntervalDays : bounds.Max;
        failures.Range($"{prefix}:{nameof(PlanningOptions.MildIntervalDays)}", options.MildIntervalDays, low, high);
        failures.Range($"{prefix}:{nameof(PlanningOptions.ModerateIntervalDays)}", options.ModerateIntervalDays, low, high);
        failures.Range($"{prefix}:{nameof(PlanningOptions.SevereIntervalDays)}", options.SevereIntervalDays, low, high);
        failures.Range($"{prefix}:{nameof(PlanningOptions.GoodResponseMaintenanceMonths)}", options.GoodResponseMaintenanceMonths, PlanningOptions.MaintenanceMonthsRange);
        failures.Range($"{prefix}:{nameof(PlanningOptions.PartialResponseMaintenanceMonths)}", options.PartialResponseMaintenanceMonths, PlanningOptions.MaintenanceMonthsRange);
        failures.Range($"{prefix}:{nameof(PlanningOptions.SessionDuration)}", options.SessionDuration, PlanningOptions.SessionDurationRange);
        failures.Range($"{prefix}:{nameof(PlanningOptions.MaintenanceToleranceDays)}", options.MaintenanceToleranceDays, PlanningOptions.MaintenanceToleranceRange);
        failures.Range($"{prefix}:{nameof(PlanningOptions.CourseStartSearchDays)}", options.CourseStartSearchDays, PlanningOptions.CourseStartSearchRange);
        failures.Range($"{prefix}:{nameof(PlanningOptions.LapsedCourseDays)}", options.LapsedCourseDays, PlanningOptions.LapsedCourseRange);
        int longestGap = (Math.Max(options.GoodResponseMaintenanceMonths, options.PartialResponseMaintenanceMonths) * 31) + options.MaintenanceToleranceDays;
        bool gapKnown = PlanningOptions.MaintenanceMonthsRange.Contains(options.GoodResponseMaintenanceMonths) && PlanningOptions.MaintenanceMonthsRange.Contains(options.PartialResponseMaintenanceMonths)
            && PlanningOptions.MaintenanceToleranceRange.Contains(options.MaintenanceToleranceDays);
        if (gapKnown && PlanningOptions.LapsedCourseRange.Contains(options.LapsedCourseDays) && options.LapsedCourseDays <= longestGap)
        {
            failures.Add(
                $"{prefix}:{nameof(PlanningOptions.LapsedCourseDays)}",
                $"{options.LapsedCourseDays} does not exceed the longest planned gap, {longestGap} days (the longest maintenance interval at 31 days a month plus MaintenanceToleranceDays); allowed: more than {longestGap}, so that a course kept as planned never reads as lapsed.");
        }

        if (options.FollowUpWeeks == 0)
        {
            failures.Add(
                $"{prefix}:{nameof(PlanningOptions.FollowUpWeeks)}",
                $"0 is outside the allowed range {PlanningOptions.FollowUpWeeksRange.Allowed}; to plan no follow-up check, switch the rule off instead ({prefix}:Rules:{PlanningRuleIds.FollowUp}:Enabled = false).");
        }
        else
        {
            failures.Range($"{prefix}:{nameof(PlanningOptions.FollowUpWeeks)}", options.FollowUpWeeks, PlanningOptions.FollowUpWeeksRange);
        }

        ClinicKeys.CheckSwitches(
            options.Rules, static r => r.Enabled, $"{prefix}:{nameof(PlanningOptions.Rules)}", failures, "planning", PlanningRuleSet.BuiltInIds, PlanningRuleSet.Switchable.Keys, "every course is planned by it");
        PlanningRuleSet.Catalog.Validate(options.Texts, $"{prefix}:{nameof(PlanningOptions.Texts)}", failures);
        PlanningRuleSet.Catalog.ValidateTranslations(options.Translations, $"{prefix}:{nameof(PlanningOptions.Translations)}", failures);
    }
}
