using System.Text.Json;
using System.Text.Json.Serialization;
using MesoRules.Core;
using MesoRules.Serialization;

namespace MesoRules.Samples.AspNet;

/// <summary>Source-generated metadata for the sample's own request and response records.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.Strict,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(VerifyAcknowledgmentRequest))]
[JsonSerializable(typeof(AftercareCheckRequest))]
[JsonSerializable(typeof(AftercareSheetRequest))]
[JsonSerializable(typeof(HealthReport))]
internal sealed partial class SampleJsonContext : JsonSerializerContext;

/// <summary>
/// The HTTP JSON settings: the library's contract (strict: no member twice, no numbers or booleans in strings, no
/// unknown members; camelCase, enums as strings) in place of ASP.NET's web defaults, plus the sample's records.
/// </summary>
internal static class SampleJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        MesoRulesJson.Configure(options);
        options.TypeInfoResolverChain.Insert(1, SampleJsonContext.Default);
    }
}
