// The message shown when a form post fails in a way the form itself cannot show (refused, server error, offline):
// one shared state, rendered by the root layout, so no form fails silently.
export const formFailure = $state({ message: '' });

export function showFormFailure(message: string): void {
  formFailure.message = message;
}

export function clearFormFailure(): void {
  formFailure.message = '';
}
