using System.Collections.Immutable;
using System.Globalization;
using MesoRules.Aftercare;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Policy;
using static MesoRules.Planning.PlanDates;

namespace MesoRules.Planning;

/// <summary>The checks of a <see cref="PlanRequest"/>, every member refused by its path, before any planning starts.</summary>
internal static class PlanRequestValidation
{
    internal static void Validate(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        PatientProfile.ThrowIfInvalid(request.Patient, "request.Patient");
        if (request.Calendar is null)
        {
            throw new ArgumentNullException("request.Calendar");
        }

        if (request.TimeZone is null)
        {
            throw new ArgumentNullException("request.TimeZone");
        }

        if (request.CourseStart < PlanRequest.EarliestDate || request.CourseStart > PlanRequest.LatestCourseStart)
        {
            throw new ArgumentOutOfRangeException(FirstDateMember, $"CourseStart must be between {D(PlanRequest.EarliestDate)} and {D(PlanRequest.LatestCourseStart)}, so that the whole plan fits in the calendar.");
        }

        if (request.Today is { } today && (today < PlanRequest.EarliestDate || today > PlanRequest.LatestCourseStart))
        {
            throw new ArgumentOutOfRangeException("request.Today", $"Today must be between {D(PlanRequest.EarliestDate)} and {D(PlanRequest.LatestCourseStart)}, so that the whole plan fits in the calendar.");
        }

        if ((uint)request.MaintenanceHorizonMonths > PlanRequest.MaxMaintenanceHorizonMonths)
        {
            throw new ArgumentOutOfRangeException("request.MaintenanceHorizonMonths", $"MaintenanceHorizonMonths must be between 0 and {PlanRequest.MaxMaintenanceHorizonMonths}.");
        }

        IReadOnlyList<CourseVisit> visits = request.Visits ?? throw new ArgumentNullException("request.Visits");
        if (visits.Count == 0 && request.Today is { } day && request.CourseStart < day)
        {
            throw new ArgumentException("A new course (no visits) cannot start before Today; give the visits recorded so far, or a CourseStart on or after Today.", FirstDateMember);
        }

        for (int i = 0; i < visits.Count; i++)
        {
            string member = $"request.Visits[{i}]";
            CourseVisit visit = visits[i] ?? throw new ArgumentNullException(member);
            if ((uint)visit.Phase > (uint)SessionPhase.Maintenance)
            {
                throw new ArgumentOutOfRangeException($"{member}.Phase", "Phase must be a defined SessionPhase value: Initial, Review or Maintenance.");
            }

            if ((uint)visit.Status > (uint)VisitStatus.Cancelled)
            {
                throw new ArgumentOutOfRangeException($"{member}.Status", "Status must be a defined VisitStatus value: Done, Missed or Cancelled.");
            }

            if (visit.Date < PlanRequest.EarliestDate || visit.Date > PlanRequest.LatestCourseStart)
            {
                throw new ArgumentOutOfRangeException($"{member}.Date", $"Visit dates must be between {D(PlanRequest.EarliestDate)} and {D(PlanRequest.LatestCourseStart)}.");
            }

            if (visit.Date < request.CourseStart)
            {
                throw new ArgumentException("Visits must be on or after CourseStart, the course's start.", $"{member}.Date");
            }

            if (i > 0 && visits[i - 1] is { } before && visit.Date <= before.Date)
            {
                throw new ArgumentException("Visits must be in strictly increasing date order.", $"{member}.Date");
            }
        }

        IReadOnlyList<Aftercare.AftercareInstruction> instructions = request.AftercareInstructions ?? throw new ArgumentNullException("request.AftercareInstructions");
        for (int i = 0; i < instructions.Count; i++)
        {
            if (instructions[i] is null)
            {
                throw new ArgumentNullException($"request.AftercareInstructions[{i}]");
            }
        }

        IReadOnlyList<DisclosureAcknowledgment> acknowledgments = request.Acknowledgments ?? throw new ArgumentNullException("request.Acknowledgments");
        for (int i = 0; i < acknowledgments.Count; i++)
        {
            if (acknowledgments[i] is null)
            {
                throw new ArgumentNullException($"request.Acknowledgments[{i}]");
            }
        }

        IReadOnlyList<PatientActivity> activities = request.PatientActivities ?? throw new ArgumentNullException("request.PatientActivities");
        for (int i = 0; i < activities.Count; i++)
        {
            string member = $"request.PatientActivities[{i}]";
            PatientActivity activity = activities[i] ?? throw new ArgumentNullException(member);
            if (!AftercareActivities.IsDefined(activity.Kind))
            {
                throw new ArgumentOutOfRangeException($"{member}.Kind", "Kind must be a defined AftercareActivity value.");
            }

            if (activity.From < PlanRequest.EarliestDate)
            {
                throw new ArgumentOutOfRangeException($"{member}.From", $"Activity dates must be between {D(PlanRequest.EarliestDate)} and {D(DateOnly.MaxValue.AddDays(-1))}.");
            }

            if (activity.To > DateOnly.MaxValue.AddDays(-1))
            {
                throw new ArgumentOutOfRangeException($"{member}.To", $"Activity dates must be between {D(PlanRequest.EarliestDate)} and {D(DateOnly.MaxValue.AddDays(-1))}.");
            }

            if (activity.To < activity.From)
            {
                throw new ArgumentException("To must be on or after From.", $"{member}.To");
            }
        }
    }
}
