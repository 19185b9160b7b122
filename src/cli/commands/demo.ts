// placeholder replaced below
export async function demoCommand(_opts: { db?: string }): Promise<number> {
  return 1;
}
