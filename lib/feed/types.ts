export interface Activity {
  uuid: string;
  displayName: string;
  handle: string;
  message: string;
  createdAt: string; // ISO 8601
  expiresAt: string; // ISO 8601
  likesCount: number;
  repliesCount: number;
  repostsCount: number;
  replyToActivityUuid?: string;
  replies: Activity[];
}

export interface Author {
  displayName: string;
  handle: string;
}
