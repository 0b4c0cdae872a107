import type { PostwrightApi } from '../../shared/api';
import type { DialogPrompts } from '../dialogs/dialog-prompts';
import type { AppStore } from '../state/app-store';
import type { Notices } from '../state/notices';
import type { DocumentService } from '../workspace/document-service';
import type { Workspace } from '../workspace/workspace';

/** What the app's flows work with; built once by renderer/app/create-app.ts. */
export interface FlowDeps {
  readonly api: PostwrightApi;
  readonly store: AppStore;
  readonly notices: Notices;
  readonly prompts: DialogPrompts;
  readonly workspace: Workspace;
  readonly documents: DocumentService;
}
