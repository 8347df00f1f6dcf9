export async function tuneGrouping(_modelPath: string): Promise<Record<string, number>> {
  return {};
}
