using System.Text.Json;
using System.Text.Json.Serialization;
using MesoRules.Aftercare;
using MesoRules.Assessment;
using MesoRules.Core;
using MesoRules.Disclosure;
using MesoRules.Eligibility;
using MesoRules.Patients;
using MesoRules.Planning;
using MesoRules.Policy;

namespace MesoRules.Serialization;

/// <summary>Source-generated JSON metadata for every public input and output; reached through <see cref="MesoRulesJson"/>.</summary>
// Strict reading on every target (System.Text.Json 10 serves .NET 8 too): a member written twice, a number or a
// boolean written as a string, an unknown member, a null for a non-nullable member and a missing constructor
// parameter are all errors naming the member, never read as something else.
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.Strict,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(TimeZoneInfoJsonConverter), typeof(PatientLanguageJsonConverter), typeof(ClinicCalendarJsonConverter), typeof(StrictDateTimeOffsetConverter), typeof(StrictEnumConverter<AftercareActivity>), typeof(StrictEnumConverter<AcknowledgingParty>), typeof(StrictEnumConverter<ConsentStatus>), typeof(StrictEnumConverter<ContraindicationKind>), typeof(StrictEnumConverter<DisclosureStatementKind>), typeof(StrictEnumConverter<HairLossCause>), typeof(StrictEnumConverter<HealthFactor>), typeof(StrictEnumConverter<Provenance>), typeof(StrictEnumConverter<RiskLikelihood>), typeof(StrictEnumConverter<SessionPhase>), typeof(StrictEnumConverter<VisitStatus>), typeof(StrictEnumConverter<Severity>), typeof(StrictEnumConverter<TreatmentResponse>), typeof(StrictEnumConverter<PlanFindingKind>), typeof(StrictEnumConverter<DocumentFormat>), typeof(StrictEnumConverter<AftercareStatus>), typeof(StrictEnumConverter<Answer>), typeof(StrictEnumConverter<EligibilityOutcome>), typeof(StrictEnumConverter<RiskLevel>), typeof(StrictEnumConverter<RuleState>)])]
[JsonSerializable(typeof(PatientProfile))]
[JsonSerializable(typeof(EligibilityAssessment))]
[JsonSerializable(typeof(PlanRequest))]
[JsonSerializable(typeof(SessionPlan))]
[JsonSerializable(typeof(AftercareSchedule))]
[JsonSerializable(typeof(AftercareCheck))]
[JsonSerializable(typeof(AftercareActiveRestrictions))]
[JsonSerializable(typeof(AftercareInstruction))]
[JsonSerializable(typeof(MesoRulesPolicy))]
[JsonSerializable(typeof(RiskDisclosure))]
[JsonSerializable(typeof(DisclosureAcknowledgment))]
[JsonSerializable(typeof(AcknowledgmentVerification))]
[JsonSerializable(typeof(ConsentCheck))]
[JsonSerializable(typeof(TreatmentAssessment))]
internal sealed partial class MesoRulesJsonContext : JsonSerializerContext;
