"use server";

export async function signOut(): Promise<void> {}

export async function signOutEverywhere(): Promise<void> {}
