using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Waterfall;
using SalesCoachBot.Protocol.Cards;

namespace SalesCoachBot.Dialogs.Tests.Harness;

/// <summary>Small flows shaped like the product's: a root waterfall with a child waterfall and prompts.</summary>
internal static class TestFlows
{
    public const string Visit = "visit";
    public const string Contact = "contact";
    public const string Form = "form";
    public const string Ask = "ask";

    private static readonly JsonSerializerOptions EchoOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly Choice[] Roles = [new("决策者", "decision"), new("影响者", "influencer"), new("使用者", "user")];

    public static void AddVisit(IServiceCollection services)
    {
        services.AddDialog(_ => new TextPrompt("name"));
        services.AddDialog(_ => new NumberPrompt("attendees", (p, _) =>
        {
            var ok = p.Recognized.Value is > 0 and <= 100;
            if (!ok)
            {
                p.RetryMessage = "人数要在1到100之间";
            }

            return Task.FromResult(ok);
        }));
        services.AddDialog(_ => new ConfirmPrompt("confirm"));
        services.AddDialog(_ => new ChoicePrompt("role"));
        services.AddDialog(_ => new WaterfallDialog(Contact,
        [
            (step, ct) => step.PromptAsync("name", new PromptOptions { Prompt = "联系人姓名？" }, ct),
            (step, ct) =>
            {
                step.SetValue("name", step.ResultAs<string>());
                return step.PromptAsync("role", new PromptOptions { Prompt = "角色？", Choices = Roles }, ct);
            },
            (step, ct) => step.EndDialogAsync(new ContactResult(step.GetValue<string>("name")!, step.ResultAs<FoundChoice>()!.Value), ct),
        ])
        { Help = culture => culture.Name == "en-US" ? "contact help" : "联系人帮助" });
        services.AddDialog(_ => new WaterfallDialog(Visit,
        [
            (step, ct) => step.PromptAsync("name", new PromptOptions { Prompt = "客户名称？" }, ct),
            (step, ct) =>
            {
                step.SetValue("customer", step.ResultAs<string>());
                return step.BeginDialogAsync(Contact, null, ct);
            },
            (step, ct) =>
            {
                step.SetValue("contact", step.ResultAs<ContactResult>());
                return step.PromptAsync("attendees", new PromptOptions { Prompt = "几个人参会？" }, ct);
            },
            async (step, ct) =>
            {
                if (step.PromptGaveUp)
                {
                    await step.Context.SendTextAsync("跳过人数", ct);
                }
                else
                {
                    step.SetValue("attendees", step.ResultAs<decimal>());
                }

                return await step.PromptAsync("confirm", new PromptOptions { Prompt = "确认提交？" }, ct);
            },
            async (step, ct) =>
            {
                var contact = step.GetValue<ContactResult>("contact")!;
                var summary = string.Create(CultureInfo.InvariantCulture,
                    $"完成：{step.GetValue<string>("customer")}/{contact.Name}/{contact.Role}/{step.GetValue<decimal?>("attendees")}/{step.ResultAs<bool>()}");
                await step.Context.SendTextAsync(summary, ct);
                return await step.EndDialogAsync(summary, ct);
            },
        ]));
    }

    /// <summary>A root that asks one prompt and echoes the answer as JSON.</summary>
    public static Action<IServiceCollection> AskWith(Dialog prompt, PromptOptions options) => services =>
    {
        services.AddDialog(_ => prompt);
        services.AddDialog(_ => new WaterfallDialog(Ask,
        [
            (step, ct) => step.PromptAsync(prompt.Id, options, ct),
            async (step, ct) =>
            {
                await step.Context.SendTextAsync("=" + JsonSerializer.Serialize(step.Result, EchoOptions), ct);
                return await step.PromptAsync(prompt.Id, options, ct);
            },
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));
    };

    public static AdaptiveCard VisitCard { get; } = new()
    {
        Body = [new TextBlock("拜访信息"), new InputText("customer") { Label = "客户" }, new InputNumber("budget") { Label = "预算" }],
    };

    /// <summary>A root that asks a card form, reports what it got, then asks a second question.</summary>
    public static Action<IServiceCollection> AddForm() => services =>
    {
        services.AddDialog(_ => new CardFormPrompt("visitForm", (p, _) =>
        {
            var ok = p.Recognized.Value.TryGetProperty("customer", out var customer) && customer.GetString() is { Length: > 0 };
            if (!ok)
            {
                p.RetryMessage = "请填写客户";
            }

            return Task.FromResult(ok);
        }));
        services.AddDialog(_ => new TextPrompt("note"));
        services.AddDialog(_ => new WaterfallDialog(Form,
        [
            (step, ct) => step.PromptAsync("visitForm", new PromptOptions { Prompt = "拜访信息", Card = VisitCard }, ct),
            async (step, ct) =>
            {
                await step.Context.SendTextAsync("收到：" + step.ResultAs<JsonElement>().GetRawText(), ct);
                return await step.PromptAsync("note", new PromptOptions { Prompt = "备注？" }, ct);
            },
            (step, ct) => step.EndDialogAsync(step.Result, ct),
        ]));
    };
}
