using SalesCoachBot.Coaching.Users;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Dialogs;
using SalesCoachBot.Dialogs.Prompts;
using SalesCoachBot.Dialogs.Waterfall;

namespace SalesCoachBot.Data.Tests.Harness;

/// <summary>Flows that write through the stores, as the product's flows will.</summary>
internal static class TestDialogs
{
    public const string Profile = "profile";
    public const string Counter = CountingDialog.DialogId;

    /// <summary>
    /// Asks a name, then a manager id, and saves the user with that manager: a manager that does not
    /// exist breaks the foreign key, so that turn's domain write fails at commit.
    /// </summary>
    public static void Add(IServiceCollection services)
    {
        services.AddDialog<CountingDialog>();
        services.AddDialog(_ => new TextPrompt("text"));
        services.AddDialog(sp => new ProfileDialog(sp.GetRequiredService<IUserStore>()));
    }

    private sealed class ProfileDialog(IUserStore users) : WaterfallDialog(Profile,
    [
        (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "姓名？" }, ct),
        (step, ct) =>
        {
            step.SetValue("name", step.ResultAs<string>());
            return step.PromptAsync("text", new PromptOptions { Prompt = "经理？" }, ct);
        },
        async (step, ct) =>
        {
            var manager = step.ResultAs<string>();
            await users.UpsertAsync(
                new UserProfile(step.Context.Activity.From!.Id!) { Name = step.GetValue<string>("name"), ManagerId = manager == "无" ? null : manager },
                ct);
            await step.Context.SendTextAsync("已保存", ct);
            return await step.PromptAsync("text", new PromptOptions { Prompt = "还有吗？" }, ct);
        },
        (step, ct) => step.EndDialogAsync(null, ct),
    ]);
}
