import { apiRoutes } from "@covalt/contracts";
import type { Hono } from "hono";
import { detectLocalProviders } from "../../providers/local-detection.js";
import type { ProviderService } from "../../providers/provider-service.js";
import { registerRoute } from "../register-route.js";

export function registerProviderRoutes(app: Hono, providers: ProviderService): void {
  registerRoute(app, apiRoutes.providerCatalog, () => ({ providers: providers.catalog }));
  registerRoute(app, apiRoutes.listProviders, () => ({ providers: providers.list() }));
  registerRoute(app, apiRoutes.createProvider, ({ body }) => providers.create(body));
  registerRoute(app, apiRoutes.updateProvider, ({ body, params }) => providers.update(params.providerId ?? "", body));
  registerRoute(app, apiRoutes.deleteProvider, ({ params }) => {
    providers.delete(params.providerId ?? "");
    return { ok: true as const };
  });
  registerRoute(app, apiRoutes.testProvider, ({ params }) => providers.test(params.providerId ?? ""));
  registerRoute(app, apiRoutes.detectLocalProviders, async () => ({
    providers: await detectLocalProviders(
      providers.catalog,
      new Set(providers.list().map((provider) => provider.baseUrl)),
    ),
  }));
  registerRoute(app, apiRoutes.listModels, async () => ({ providers: await providers.listModels() }));
}
